using Extractor.Core.Documents;
using Extractor.Core.Schema;

namespace Extractor.Core.Recognition.Inline;

/// <summary>
/// Reads a document a second time as inline text (a report flattened onto one or a few lines) where its own
/// reading left cells out, and keeps the second reading only where it reads more: a document read whole as it
/// stands is never read again, so its reading cannot change.
/// </summary>
public static class InlineReading
{
    public static RecognisedReport Improve(RecognisedReport first, DocumentContent content, Func<DocumentContent, RecognisedReport> read)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(read);
        if (first.Kind == DocumentKind.TemplateReport && first.Cells.Count == TemplateSchema.For(first.Era!.Value).Cells.Count)
        {
            return first;
        }

        if (InlineReportSplitter.Split(content.Blocks) is not { } blocks)
        {
            return first;
        }

        var second = read(content with { Blocks = blocks });
        // A cell the first reading placed must read the same in the second, or the second is not believed.
        var better = first.Kind == DocumentKind.TemplateReport
            ? second.Kind == DocumentKind.TemplateReport && second.Era == first.Era && second.Cells.Count > first.Cells.Count
              && first.Cells.All(c => second.Cells.TryGetValue(c.Key, out var s) && s.Kind == c.Value.Kind && s.Number == c.Value.Number)
            : second.Kind == DocumentKind.TemplateReport || (first.Kind == DocumentKind.NotAReport && second.Kind != DocumentKind.NotAReport);
        if (better)
        {
            return second with { Notes = [.. second.Notes, "read as inline text: headings and table labels ran together on long lines"] };
        }

        // Headings or template labels inside the text make it a report, even where none of its cells can be read.
        if (first.Kind == DocumentKind.NotAReport && second.Kind == DocumentKind.NotAReport
            && (second.Sections.Count > 0 || InlineReportSplitter.HasTableLabel(blocks)))
        {
            return second with
            {
                Kind = DocumentKind.TablesMissing,
                Reason = "a report run together on long lines (its headings or table labels are inside the text), but none of its table cells could be read",
            };
        }

        return first;
    }
}
