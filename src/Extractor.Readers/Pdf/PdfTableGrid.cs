namespace Extractor.Readers.Pdf;

/// <summary>
/// A table rebuilt from its rulings: column boundaries left to right, row boundaries top to bottom, and the cells
/// (elementary slots merged where no rule separates them) with their spans.
/// </summary>
public sealed class PdfTableGrid
{
    private readonly int[,] cellAt;

    public PdfTableGrid(IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<GridCell> cells)
    {
        Xs = xs;
        Ys = ys;
        Cells = cells;
        cellAt = new int[ys.Count - 1, xs.Count - 1];
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
            {
                for (var k = c.Column; k < c.Column + c.ColumnSpan; k++)
                {
                    cellAt[r, k] = i;
                }
            }
        }
    }

    /// <summary>Column boundaries, ascending.</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>Row boundaries, descending (PDF y grows upwards; row 0 is the top row).</summary>
    public IReadOnlyList<double> Ys { get; }

    public IReadOnlyList<GridCell> Cells { get; }

    public int Rows => Ys.Count - 1;

    public int Columns => Xs.Count - 1;

    public PdfBox Box => new(Xs[0], Ys[^1], Xs[^1], Ys[0]);

    public PdfBox CellBox(GridCell cell) =>
        new(Xs[cell.Column], Ys[cell.Row + cell.RowSpan], Xs[cell.Column + cell.ColumnSpan], Ys[cell.Row]);

    /// <summary>The index in <see cref="Cells"/> of the cell holding the point, or -1 when it lies outside the grid.</summary>
    public int CellIndexAt(double x, double y, double tolerance)
    {
        if (!Box.Contains(x, y, tolerance))
        {
            return -1;
        }

        var column = Math.Clamp(Upper(Xs, x) - 1, 0, Columns - 1);
        var row = 0;
        while (row < Rows - 1 && y < Ys[row + 1])
        {
            row++;
        }

        return cellAt[row, column];
    }

    /// <summary>The number of boundaries at or below <paramref name="value"/> in an ascending list.</summary>
    private static int Upper(IReadOnlyList<double> ascending, double value)
    {
        int lo = 0, hi = ascending.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ascending[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>A cell's slot in a <see cref="PdfTableGrid"/> (0-based), spans included.</summary>
public readonly record struct GridCell(int Row, int Column, int RowSpan = 1, int ColumnSpan = 1);
