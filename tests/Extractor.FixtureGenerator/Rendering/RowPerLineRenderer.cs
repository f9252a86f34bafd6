using System.Text;
using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Layout;

namespace Extractor.FixtureGenerator.Rendering;

/// <summary>One table row per line with " | " between cells; blank cells print as nothing between pipes.</summary>
public sealed class RowPerLineRenderer(RowPerLineOptions options) : ITableRenderer
{
    public RowPerLineRenderer()
        : this(new RowPerLineOptions())
    {
    }

    public IEnumerable<TextLine> Render(LogicalTable table)
    {
        var lastData = table.Rows.ToList().FindLastIndex(r => r.Role == RowRole.Data);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Role == RowRole.Verbatim)
            {
                yield return TextLine.Plain(row.Cells[0].Text);
                continue;
            }

            var separator = options.DoubleSpaceSomeRows && r % 3 == 1 ? "  | " : " | ";
            var sb = new StringBuilder(options.Leading);
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                if (i > 0)
                {
                    sb.Append(separator);
                }

                sb.Append(cell.Text);
                if (options.SpanPadding && cell.ColumnSpan > 1)
                {
                    sb.Append(" | ").Append('|', cell.ColumnSpan - 1);
                }
            }

            if (options.ExtraTrailingCell && row.Role == RowRole.Data && r != lastData)
            {
                sb.Append(" |");
            }

            sb.Append(options.Trailing);
            yield return new TextLine(TidyBlanks(sb.ToString()), [.. row.Cells.Select(c => c.Key).OfType<CellKey>()]);
        }
    }

    /// <summary>A blank cell prints as "| |", not as "|  |" (what HTML-to-text converters write for an empty &lt;td&gt;).</summary>
    private static string TidyBlanks(string line)
    {
        while (line.Contains("|  |", StringComparison.Ordinal))
        {
            line = line.Replace("|  |", "| |", StringComparison.Ordinal);
        }

        return line;
    }
}
