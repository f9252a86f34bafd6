using AngleSharp.Html.Dom;

namespace Extractor.Readers.Html;

/// <summary>A table cell placed on the grid: its element and the slot where it starts.</summary>
public sealed record GridCell(IHtmlTableCellElement Element, int Row, int Column, int RowSpan, int ColumnSpan);

/// <summary>
/// The HTML table model's slot assignment: each cell takes the first column its row has free after the slots that
/// earlier rows' rowspans hold. Spans are clamped, since CMS output sometimes says rowspan="9999".
/// </summary>
public static class TableGrid
{
    private const int MaxColumnSpan = 60;
    private const int MaxRowSpan = 500;

    public static List<GridCell> Build(IHtmlTableElement table)
    {
        var cells = new List<GridCell>();
        var taken = new HashSet<(int Row, int Column)>();
        var rows = table.Rows.ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (taken.Contains((r, c)))
                {
                    c++;
                }

                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan);
                var rowSpan = cell.RowSpan <= 0 ? rows.Count - r : Math.Min(cell.RowSpan, Math.Min(MaxRowSpan, rows.Count - r));
                rowSpan = Math.Max(rowSpan, 1);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        taken.Add((r + dr, c + dc));
                    }
                }

                cells.Add(new GridCell(cell, r, c, rowSpan, colSpan));
                c += colSpan;
            }
        }

        return cells;
    }
}
