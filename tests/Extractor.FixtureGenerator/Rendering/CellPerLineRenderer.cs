using Extractor.FixtureGenerator.Layout;

namespace Extractor.FixtureGenerator.Rendering;

/// <summary>Every cell on a line of its own, as the seed was scraped.</summary>
public sealed class CellPerLineRenderer(CellPerLineOptions options) : ITableRenderer
{
    public CellPerLineRenderer()
        : this(new CellPerLineOptions())
    {
    }

    public IEnumerable<TextLine> Render(LogicalTable table)
    {
        foreach (var row in table.Rows)
        {
            if (row.Role == RowRole.Verbatim)
            {
                yield return TextLine.Plain(row.Cells[0].Text);
                continue;
            }

            var cells = options.DropBlankCells ? [.. row.Cells.Where(c => c.Text.Length > 0)] : row.Cells;
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                yield return new TextLine(cell.Text + options.Suffix, cell.Key is { } key ? [key] : []);
                if (options.BlankLineBetweenCells)
                {
                    yield return TextLine.Plain(string.Empty);
                }

                if (options.SpanPadding && cell.ColumnSpan > 1)
                {
                    yield return TextLine.Plain(new string('|', cell.ColumnSpan - 1));
                }

                if (options.PipeLineBetweenCells && i < cells.Count - 1)
                {
                    yield return TextLine.Plain("|");
                }
            }

            if (options.PipeLineBetweenRows)
            {
                yield return TextLine.Plain("|");
            }
        }
    }
}
