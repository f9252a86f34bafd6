namespace Extractor.Readers.Pdf;

/// <summary>
/// Joins a table that runs over a page break: a table that ends its page and one that opens the next page are one
/// table when their outer edges line up and one's column boundaries are among the other's. The joined table keeps
/// one table number, its rows continue, and a header the printer repeated on the new page is dropped.
/// </summary>
public static class TableContinuation
{
    /// <summary>Column boundaries of two pieces this close are the same boundary.</summary>
    public const double ColumnTolerance = 3.0;

    /// <summary>Numbers every table (1-based, in reading order) and places each piece of it.</summary>
    public static Dictionary<TableItem, TableFragment> Join(IReadOnlyList<PageItem> items)
    {
        var chains = new List<List<TableItem>>();
        PageItem? previous = null;
        foreach (var item in items)
        {
            if (item is TableItem table)
            {
                if (previous is TableItem before && before.Page == table.Page - 1 && Continues(chains[^1], table))
                {
                    chains[^1].Add(table);
                }
                else
                {
                    chains.Add([table]);
                }
            }

            previous = item;
        }

        var fragments = new Dictionary<TableItem, TableFragment>();
        for (var i = 0; i < chains.Count; i++)
        {
            Place(i + 1, chains[i], fragments);
        }

        return fragments;
    }

    private static bool Continues(List<TableItem> chain, TableItem next)
    {
        var xs = Union(chain);
        var ys = next.Grid.Xs;
        if (Math.Abs(xs[0] - ys[0]) > ColumnTolerance || Math.Abs(xs[^1] - ys[^1]) > ColumnTolerance)
        {
            return false;
        }

        return ys.All(y => xs.Any(x => Math.Abs(x - y) <= ColumnTolerance)) || xs.All(x => ys.Any(y => Math.Abs(x - y) <= ColumnTolerance));
    }

    private static List<double> Union(IEnumerable<TableItem> chain)
    {
        var union = new List<double>();
        foreach (var x in chain.SelectMany(t => t.Grid.Xs).Order())
        {
            if (union.Count == 0 || x - union[^1] > ColumnTolerance)
            {
                union.Add(x);
            }
        }

        return union;
    }

    private static void Place(int number, List<TableItem> chain, Dictionary<TableItem, TableFragment> fragments)
    {
        var xs = Union(chain);
        var first = chain[0];
        var offset = 0;
        foreach (var piece in chain)
        {
            var columnAt = piece.Grid.Xs.Select(x => Nearest(xs, x)).ToList();
            var skip = piece == first ? 0 : RepeatedHeaderRows(first, piece);
            fragments[piece] = new TableFragment(piece, number, offset, columnAt, skip);
            offset += piece.Grid.Rows - skip;
        }
    }

    /// <summary>How many leading rows of <paramref name="piece"/> repeat, text for text, the leading rows of <paramref name="first"/>.</summary>
    private static int RepeatedHeaderRows(TableItem first, TableItem piece)
    {
        var rows = 0;
        while (rows < piece.Grid.Rows - 1 && rows < first.Grid.Rows)
        {
            var a = RowTexts(first, rows);
            var b = RowTexts(piece, rows);
            if (a.Count == 0 || !a.SequenceEqual(b) || a.All(string.IsNullOrWhiteSpace))
            {
                break;
            }

            rows++;
        }

        return rows;
    }

    private static List<string> RowTexts(TableItem table, int row) =>
        [.. table.Grid.Cells.Select((c, i) => (c, i)).Where(x => x.c.Row == row).OrderBy(x => x.c.Column).Select(x => table.CellTexts[x.i])];

    private static int Nearest(List<double> xs, double x)
    {
        var best = 0;
        for (var i = 1; i < xs.Count; i++)
        {
            if (Math.Abs(xs[i] - x) < Math.Abs(xs[best] - x))
            {
                best = i;
            }
        }

        return best;
    }
}
