using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>
/// How the text around the tables is marked up: as the lines of a scraped text file, or as a portal's HTML page.
/// The composer decides what a report says; the markup decides how each piece is printed.
/// </summary>
public interface IPageMarkup
{
    /// <summary>Everything before the report's first paragraph: page chrome, the title, the opening of the article body.</summary>
    IEnumerable<string> Open(PageContext page);

    string Heading(string text);

    /// <summary>A paragraph of prose.</summary>
    string Paragraph(string text, PageContext page);

    /// <summary>A line that is no paragraph (noise after a table), printed as it is.</summary>
    string Line(string text);

    /// <summary>Everything after the report: the end of the article body, page chrome. <paramref name="article"/> is the body as printed.</summary>
    IEnumerable<string> Close(PageContext page, IReadOnlyList<TextLine> article);
}

/// <summary>What a markup needs to know about the report it frames.</summary>
public sealed record PageContext(Model.ReportModel Model, DocumentStyle Style, Randomness.SeededRandom Rng)
{
    /// <summary>The title without the agency: "2024年政府信息公开工作年度报告".</summary>
    public string YearTitle => $"{Model.Year}年政府信息公开工作年度报告";

    public string Title => Model.Agency + YearTitle;
}
