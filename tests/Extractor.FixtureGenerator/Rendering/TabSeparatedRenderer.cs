using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Layout;

namespace Extractor.FixtureGenerator.Rendering;

/// <summary>One row per line with tabs between cells, as a table copied out of a word processor or spreadsheet.</summary>
public sealed class TabSeparatedRenderer : ITableRenderer
{
    public IEnumerable<TextLine> Render(LogicalTable table)
    {
        foreach (var row in table.Rows)
        {
            if (row.Role == RowRole.Verbatim)
            {
                yield return TextLine.Plain(row.Cells[0].Text);
                continue;
            }

            // A spanning cell keeps its grid width: copied tables pad the covered columns with empty cells.
            var text = string.Join('\t', row.Cells.Select(c => c.Text + new string('\t', c.ColumnSpan - 1)));
            yield return new TextLine(text, [.. row.Cells.Select(c => c.Key).OfType<CellKey>()]);
        }
    }
}
