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
        ArgumentNullException.ThrowIfNull(table);
        var cells = new List<GridCell>();
        var rows = table.Rows.ToArray();

        // The slots later rows' cells may not take, row by row: rowspans reach down at most to the table's end.
        var taken = new bool[]?[rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (IsTaken(taken[r], c))
                {
                    c++;
                }

                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan);
                var rowSpan = cell.RowSpan <= 0 ? rows.Length - r : Math.Min(cell.RowSpan, Math.Min(MaxRowSpan, rows.Length - r));
                rowSpan = Math.Max(rowSpan, 1);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    Take(ref taken[r + dr], c, colSpan);
                }

                cells.Add(new GridCell(cell, r, c, rowSpan, colSpan));
                c += colSpan;
            }
        }

        return cells;
    }

    private static bool IsTaken(bool[]? row, int column) => row is not null && column < row.Length && row[column];

    private static void Take(ref bool[]? row, int column, int span)
    {
        var end = column + span;
        if (row is null || row.Length < end)
        {
            Array.Resize(ref row, Math.Max(end, (row?.Length ?? 0) * 2));
        }

        row.AsSpan(column, span).Fill(true);
    }
}
