namespace Extractor.Readers.Pdf;

/// <summary>
/// Groups a page's rulings into tables: collinear pieces are merged first (Chromium draws every cell edge on its
/// own, LibreOffice draws double borders as two close lines), then rules that touch or cross form one table.
/// Two tables on a page never share a rule, so each connected set of rules is one table.
/// </summary>
public static class TableFinder
{
    /// <summary>Parallel rules closer than this are one rule (double borders, anti-aliasing offsets).</summary>
    public const double MergeDistance = 2.5;

    /// <summary>How far a rule may stop short of another and still be taken to meet it.</summary>
    public const double Reach = 2.5;

    /// <summary>The rules of each table on the page, largest first; null when the page has too many rules to compare.</summary>
    public static List<List<Ruling>>? Find(IReadOnlyList<Ruling> rulings, int maxPairs)
    {
        var horizontal = Merge(rulings.Where(r => r.Horizontal));
        var vertical = Merge(rulings.Where(r => !r.Horizontal));
        if ((long)horizontal.Count * vertical.Count > maxPairs)
        {
            return null;
        }

        var all = horizontal.Concat(vertical).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        for (var i = 0; i < horizontal.Count; i++)
        {
            for (var j = 0; j < vertical.Count; j++)
            {
                if (Meet(horizontal[i], vertical[j]))
                {
                    Union(parent, i, horizontal.Count + j);
                }
            }
        }

        return all
            .Select((r, i) => (Ruling: r, Root: Find(parent, i)))
            .GroupBy(x => x.Root)
            .Select(g => g.Select(x => x.Ruling).ToList())
            .Where(g => g.Count(r => r.Horizontal) >= 2 && g.Count(r => !r.Horizontal) >= 2)
            .OrderByDescending(g => g.Count)
            .ToList();
    }

    /// <summary>
    /// The page's table grids, or null when the page has too many rules to compare within
    /// <paramref name="maxPairs"/>. A table drawn inside another's cell is read as part of that cell.
    /// </summary>
    public static List<PdfTableGrid>? Grids(IReadOnlyList<Ruling> rulings, int maxPairs)
    {
        var clusters = Find(rulings, maxPairs);
        if (clusters is null)
        {
            return null;
        }

        var grids = clusters.Select(TableGridBuilder.Build).OfType<PdfTableGrid>().ToList();
        return [.. grids.Where(g => !grids.Any(o => o != g && Inside(g.Box, o.Box)))];
    }

    /// <summary>Merges collinear rules that overlap or touch into one.</summary>
    public static List<Ruling> Merge(IEnumerable<Ruling> rulings)
    {
        var merged = new List<Ruling>();
        var byPosition = rulings.OrderBy(r => r.Position).ToList();
        var i = 0;
        while (i < byPosition.Count)
        {
            // One line of rules: positions within MergeDistance of the first.
            var j = i;
            while (j < byPosition.Count && byPosition[j].Position - byPosition[i].Position <= MergeDistance)
            {
                j++;
            }

            var group = byPosition.Skip(i).Take(j - i).OrderBy(r => r.Start).ToList();
            var position = group.Average(r => r.Position);
            var start = group[0].Start;
            var end = group[0].End;
            foreach (var r in group.Skip(1))
            {
                if (r.Start <= end + Reach)
                {
                    end = Math.Max(end, r.End);
                }
                else
                {
                    merged.Add(new Ruling(group[0].Horizontal, position, start, end));
                    start = r.Start;
                    end = r.End;
                }
            }

            merged.Add(new Ruling(group[0].Horizontal, position, start, end));
            i = j;
        }

        return merged;
    }

    private static bool Inside(PdfBox inner, PdfBox outer) =>
        inner.Left >= outer.Left - 1 && inner.Right <= outer.Right + 1 && inner.Bottom >= outer.Bottom - 1 && inner.Top <= outer.Top + 1;

    private static bool Meet(Ruling horizontal, Ruling vertical) =>
        vertical.Position >= horizontal.Start - Reach && vertical.Position <= horizontal.End + Reach
        && horizontal.Position >= vertical.Start - Reach && horizontal.Position <= vertical.End + Reach;

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
