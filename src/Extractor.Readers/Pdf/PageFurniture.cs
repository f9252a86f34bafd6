using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Readers.Pdf;

/// <summary>
/// Removes what a printer puts in the page margins: page numbers (— 3 —, 第3页 共5页, 2/5), a browser's print
/// header and footer (date and time, the page title, the URL), and any margin text repeated on several pages.
/// Left in, a page number between two halves of a table reads as a cell value, and a running header stops the
/// halves from being joined.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>The share of the page height at the top and at the bottom that counts as margin.</summary>
    public const double MarginShare = 0.08;

    public static List<PageLayout> Remove(IReadOnlyList<PageLayout> pages)
    {
        var repeated = pages.Count < 2
            ? []
            : pages
                .SelectMany(p => MarginLines(p).SelectMany(l => l.Chunks).Select(c => (p.Number, Key: Key(c))))
                .Where(x => x.Key.Any(char.IsLetter))
                .Distinct()
                .GroupBy(x => x.Key)
                .Where(g => g.Count() >= 2)
                .Select(g => g.Key)
                .ToHashSet();

        return [.. pages.Select(p => p with { Items = [.. p.Items.Where(i => !IsFurniture(p, i, repeated))] })];
    }

    /// <summary>Whether a piece of margin text is a page number, a print date, a URL or the like on its own.</summary>
    public static bool IsFurniture(string text) => Furniture().IsMatch(text.Trim());

    /// <summary>
    /// A margin line goes only when every chunk of it is furniture: a table row that a page break left at the top
    /// of a page ("四、结转下年度继续办理 0 0 0") holds lone numbers too, beside a label.
    /// </summary>
    private static bool IsFurniture(PageLayout page, PageItem item, HashSet<string> repeated) =>
        item is LineItem line && InMargin(page, line)
        && line.Chunks.All(c => IsFurniture(c.Text) || repeated.Contains(Key(c)));

    private static IEnumerable<LineItem> MarginLines(PageLayout page) =>
        page.Items.OfType<LineItem>().Where(l => InMargin(page, l));

    private static bool InMargin(PageLayout page, LineItem line) =>
        line.Line.Box.Bottom >= page.Height * (1 - MarginShare) || line.Line.Box.Top <= page.Height * MarginShare;

    /// <summary>
    /// Text and size: a running header is small print, so the report's own title, set large near the top of page 1,
    /// is not taken for the browser's header that repeats it.
    /// </summary>
    private static string Key(TextLine chunk) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(chunk.Size)}|{Shape(chunk.Text)}");

    /// <summary>Digits stand for any digits, so 第1页 and 第2页 are the same furniture.</summary>
    private static string Shape(string text) => Digits().Replace(text.Trim(), "#");

    [GeneratedRegex(@"^(?:[-—–－_~\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-—–－_~\s]*|(?:第\s*\d{1,4}\s*页\s*[,，/、]?\s*)?共\s*\d{1,4}\s*页|(?:page\s*)?\d{1,4}\s*(?:/|of)\s*\d{1,4}|(?:https?|file)://\S*|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,，]?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
