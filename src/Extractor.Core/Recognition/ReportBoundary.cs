namespace Extractor.Core.Recognition;

/// <summary>
/// Where a second report begins on the same page (portals that print two agencies' reports in one article, or a
/// report followed by another year's): a report title, or the headings starting over at 一/二, after a report's own
/// tables have begun. Reading on would mix two reports' cells.
/// </summary>
public static class ReportBoundary
{
    /// <returns>The index of the first token of the second report, or null.</returns>
    public static int? SecondReportStart(IReadOnlyList<Token> tokens, IReadOnlyList<Schema.SectionSchema> sections)
    {
        var furthest = 0;
        var lastTitle = -1;
        var numbers = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsValue && !t.IsBlank && furthest >= 2)
            {
                numbers = true;
            }

            // Headings starting over before any table number are a table of contents, not a second report.
            if (SectionMatcher.Match(t, sections) is { } n)
            {
                if (n <= 2 && furthest >= 3 && numbers)
                {
                    return lastTitle > 0 ? lastTitle : i;
                }

                furthest = Math.Max(furthest, n);
                lastTitle = -1;
            }
            else if (TitleReader.IsTitle(t))
            {
                if (furthest >= 2 && numbers)
                {
                    lastTitle = lastTitle < 0 ? i : lastTitle;
                }
            }
        }

        // A title after the report with no headings after it is a link to another report, not a second report.
        return null;
    }
}
