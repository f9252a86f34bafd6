using System.Globalization;
using System.Net;
using System.Text;
using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Layout;

namespace Extractor.FixtureGenerator.Rendering;

/// <summary>
/// Prints a laid-out table as a portal page holds it: a real &lt;table&gt; with the template's colspans and rowspans,
/// one line per &lt;tr&gt; (so a cut page can be cut between rows). A reader that builds the grid places every value
/// by its column, so a missing &lt;td&gt; costs only its own cell.
/// </summary>
public sealed class HtmlTableRenderer(HtmlTableOptions options) : ITableRenderer
{
    public HtmlTableRenderer()
        : this(new HtmlTableOptions())
    {
    }

    public IEnumerable<TextLine> Render(LogicalTable table)
    {
        var word = options.Markup == HtmlTableMarkup.Word;
        yield return TextLine.Plain(word
            ? "<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"
            : "<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">");

        var head = options.HeaderCellsAsTh ? table.Rows.TakeWhile(r => r.Role != RowRole.Data).Count() : 0;
        yield return TextLine.Plain(head > 0 ? "<thead>" : "<tbody>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (r == head && head > 0)
            {
                yield return TextLine.Plain("</thead>");
                yield return TextLine.Plain("<tbody>");
            }

            yield return Row(table.Rows[r], r, r < head || (options.HeaderCellsAsTh && table.Rows[r].Role == RowRole.Header));
        }

        yield return TextLine.Plain(word ? "</tbody>\n</table></div>" : "</tbody>\n</table>");
    }

    private TextLine Row(TableRow row, int index, bool headerCells)
    {
        var word = options.Markup == HtmlTableMarkup.Word;
        // A verbatim line (a shredded PDF header) has no cells of its own; in a page it can only be one cell.
        IReadOnlyList<TableCell> cells = row.Cells;
        if (row.Role == RowRole.Data && cells[^1].Key is { } last && options.RowsMissingLastCell.Contains(last.Row))
        {
            cells = [.. cells.Take(cells.Count - 1)];
        }

        var sb = new StringBuilder(word ? string.Create(CultureInfo.InvariantCulture, $"<tr style='mso-yfti-irow:{index}'>") : "<tr>");
        var tag = headerCells ? "th" : "td";
        foreach (var cell in cells)
        {
            sb.Append('<').Append(tag);
            Span(sb, "colspan", cell.ColumnSpan, word);
            Span(sb, "rowspan", cell.RowSpan, word);
            sb.Append('>').Append(word ? WordContent(cell, row.Role) : Content(cell.Text)).Append("</").Append(tag).Append('>');
        }

        return new TextLine(sb.Append("</tr>").ToString(), [.. cells.Select(c => c.Key).OfType<CellKey>()]);
    }

    private static void Span(StringBuilder sb, string name, int span, bool word)
    {
        if (span > 1)
        {
            var quote = word ? string.Empty : "\"";
            sb.Append(CultureInfo.InvariantCulture, $" {name}={quote}{span}{quote}");
        }
    }

    /// <summary>Escaped text; a label wrapped over lines in its cell keeps its break as &lt;br&gt;.</summary>
    public static string Content(string text) => WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal);

    private static string WordContent(TableCell cell, RowRole role)
    {
        if (cell.Text.Length == 0)
        {
            return "<p class=MsoNormal align=center><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";
        }

        if (cell.Key is not null)
        {
            return $"<p class=MsoNormal align=center><span lang=EN-US>{Content(cell.Text)}</span></p>";
        }

        var text = Content(BreakLongLabel(cell.Text));
        return role == RowRole.Header
            ? $"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-family:宋体'>{text}</span></b></p>"
            : $"<p class=MsoNormal><span style='font-family:宋体'>{text}<span lang=EN-US><o:p></o:p></span></span></p>";
    }

    /// <summary>Word wraps a long label in its narrow cell; the paste keeps the break where it fell, after a comma.</summary>
    private static string BreakLongLabel(string label)
    {
        if (label.Length < 16)
        {
            return label;
        }

        var at = label.IndexOfAny(['，', '、'], 6);
        return at < 0 || at >= label.Length - 2 ? label : label[..(at + 1)] + "\n" + label[(at + 1)..];
    }
}
