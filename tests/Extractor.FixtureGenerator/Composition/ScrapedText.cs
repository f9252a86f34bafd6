using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>The report as a scraper saved its text: one line per paragraph, heading or title line, chrome as text lines.</summary>
public sealed class ScrapedText : IPageMarkup
{
    public static ScrapedText Instance { get; } = new();

    public IEnumerable<string> Open(PageContext page)
    {
        var (model, style) = (page.Model, page.Style);
        if (style.PageChrome)
        {
            foreach (var line in PageChrome.Head(page.Title, model.Agency, model.Year, page.Rng.Between(100, 9999)))
            {
                yield return line;
            }
        }

        IEnumerable<string> title = style.Title switch
        {
            TitleLayout.OneLine => [page.Title],
            TitleLayout.TwoLines => [model.Agency, page.YearTitle],
            TitleLayout.SeedLike => ["\t" + model.Agency, page.YearTitle, "　　", string.Empty],
            _ => throw new ArgumentOutOfRangeException(nameof(page)),
        };
        foreach (var line in title)
        {
            yield return line;
        }
    }

    public string Heading(string text) => text;

    public string Paragraph(string text, PageContext page) => page.Style.Indent + text;

    public string Line(string text) => text;

    public IEnumerable<string> Close(PageContext page, IReadOnlyList<TextLine> article) =>
        page.Style.PageChrome ? PageChrome.Foot(page.Model.Agency) : [];
}
