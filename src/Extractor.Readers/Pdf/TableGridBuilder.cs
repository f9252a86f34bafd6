namespace Extractor.Readers.Pdf;

/// <summary>
/// Builds a table's grid from its merged rulings: every distinct rule position is a boundary; two neighbouring
/// slots are one cell where no rule separates them for at least half their common edge. A grid of one column is a
/// frame around text (or a table whose columns are not ruled) and is left to the text reader; a grid of one row and
/// several columns is a table, often the last row of one that a page break cut off.
/// </summary>
public static class TableGridBuilder
{
    /// <summary>Boundaries closer than this are one (a column a few points wide is a double border, not a column).</summary>
    public const double MinCellSize = 4.0;

    /// <summary>How far from a boundary a rule may lie and still draw it.</summary>
    private const double Snap = 3.0;

    /// <summary>The share of a slot's edge a rule must cover to separate it from its neighbour.</summary>
    private const double Separates = 0.5;

    public static PdfTableGrid? Build(IReadOnlyList<Ruling> rulings)
    {
        var horizontal = rulings.Where(r => r.Horizontal).ToList();
        var vertical = rulings.Where(r => !r.Horizontal).ToList();
        if (horizontal.Count < 2 || vertical.Count < 2)
        {
            return null;
        }

        // Outer edges a table leaves undrawn still bound it: where its rules end.
        var xs = Boundaries(vertical.Select(r => r.Position).Append(horizontal.Min(r => r.Start)).Append(horizontal.Max(r => r.End)));
        var ys = Boundaries(horizontal.Select(r => r.Position).Append(vertical.Min(r => r.Start)).Append(vertical.Max(r => r.End)));
        ys.Reverse();
        if (xs.Count < 3 || ys.Count < 2)
        {
            return null;
        }

        var rows = ys.Count - 1;
        var columns = xs.Count - 1;
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c + 1 < columns && !Covered(vertical, xs[c + 1], ys[r + 1], ys[r]))
                {
                    Union(parent, (r * columns) + c, (r * columns) + c + 1);
                }

                if (r + 1 < rows && !Covered(horizontal, ys[r + 1], xs[c], xs[c + 1]))
                {
                    Union(parent, (r * columns) + c, ((r + 1) * columns) + c);
                }
            }
        }

        return new PdfTableGrid(xs, ys, Cells(parent, rows, columns));
    }

    /// <summary>Positions sorted ascending, those closer than <see cref="MinCellSize"/> taken as one.</summary>
    public static List<double> Boundaries(IEnumerable<double> positions)
    {
        var sorted = positions.Order().ToList();
        var result = new List<double>();
        var group = new List<double>();
        foreach (var p in sorted)
        {
            if (group.Count > 0 && p - group[0] >= MinCellSize)
            {
                result.Add(group.Average());
                group.Clear();
            }

            group.Add(p);
        }

        if (group.Count > 0)
        {
            result.Add(group.Average());
        }

        return result;
    }

    /// <summary>Whether rules at <paramref name="position"/> cover at least half of the span from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static bool Covered(List<Ruling> rules, double position, double from, double to)
    {
        var covered = 0.0;
        foreach (var r in rules)
        {
            if (Math.Abs(r.Position - position) <= Snap)
            {
                // A rule reaches a snap further at both ends: with CSS borders drawn per cell (border-collapse:
                // separate), the cells' rules stop short of each other by the border spacing.
                covered += Math.Max(0, Math.Min(r.End + Snap, to) - Math.Max(r.Start - Snap, from));
            }
        }

        return covered >= Separates * (to - from);
    }

    /// <summary>
    /// Each merged region as a rectangle of slots. A region that is not a rectangle (rules that stop mid-cell) is
    /// widened to its bounding rectangle, absorbing whatever it overlaps, so every slot belongs to exactly one cell.
    /// </summary>
    private static List<GridCell> Cells(int[] parent, int rows, int columns)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var region in Regions(parent, rows, columns))
            {
                for (var r = region.Row; r < region.Row + region.RowSpan; r++)
                {
                    for (var c = region.Column; c < region.Column + region.ColumnSpan; c++)
                    {
                        var slot = (r * columns) + c;
                        var root = (region.Row * columns) + region.Column;
                        if (Find(parent, slot) != Find(parent, root))
                        {
                            Union(parent, slot, root);
                            changed = true;
                        }
                    }
                }
            }
        }
        while (changed);

        return [.. Regions(parent, rows, columns).OrderBy(c => c.Row).ThenBy(c => c.Column)];
    }

    private static IEnumerable<GridCell> Regions(int[] parent, int rows, int columns)
    {
        var bounds = new Dictionary<int, (int R0, int C0, int R1, int C1)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var root = Find(parent, (r * columns) + c);
                bounds[root] = bounds.TryGetValue(root, out var b)
                    ? (Math.Min(b.R0, r), Math.Min(b.C0, c), Math.Max(b.R1, r), Math.Max(b.C1, c))
                    : (r, c, r, c);
            }
        }

        return bounds.Values.Select(b => new GridCell(b.R0, b.C0, b.R1 - b.R0 + 1, b.C1 - b.C0 + 1));
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
