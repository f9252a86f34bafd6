namespace Extractor.Readers.Pdf;

/// <summary>
/// Reads the columns of a table drawn without rules from the alignment of its rows. Consecutive lines that are cut
/// into several chunks are taken as the rows of one such table; where the rows leave a vertical strip of paper
/// empty (a "river"), there is a column boundary, and a line is cut there even where its own gap is narrow (two
/// narrow columns such as 其他 and 总计 print their numbers closer than a wide gap).
/// </summary>
public static class ColumnAlignment
{
    /// <summary>Letters closer than this many ems are one word when the rows' coverage is measured.</summary>
    private const double WordGap = 0.25;

    /// <summary>A river may be crossed by this share of the rows (header cells spanning several columns).</summary>
    private const double Crossing = 0.15;

    /// <summary>Re-cuts each run of consecutive multi-chunk lines at the rivers its rows share.</summary>
    public static List<PageItem> Apply(IReadOnlyList<PageItem> items)
    {
        var result = new List<PageItem>(items.Count);
        var run = new List<LineItem>();
        foreach (var item in items)
        {
            if (item is LineItem { Chunks.Count: > 1 } line)
            {
                run.Add(line);
                continue;
            }

            Flush(run, result);
            result.Add(item);
        }

        Flush(run, result);
        return result;
    }

    private static void Flush(List<LineItem> run, List<PageItem> result)
    {
        if (run.Count >= 2)
        {
            var rivers = Rivers(run);
            result.AddRange(run.Select(l => l with { Chunks = Cut(l.Line, rivers) }));
        }
        else
        {
            result.AddRange(run);
        }

        run.Clear();
    }

    /// <summary>The x ranges that (almost) no row of the run covers, between the run's left and right edges.</summary>
    public static List<(double From, double To)> Rivers(IReadOnlyList<LineItem> run)
    {
        var left = run.Min(l => l.Line.Left);
        var right = run.Max(l => l.Line.Right);
        var bins = (int)Math.Ceiling(right - left) + 1;
        if (bins > 20_000)
        {
            return [];
        }

        var coverage = new int[bins];
        foreach (var line in run)
        {
            foreach (var (from, to) in Words(line.Line))
            {
                for (var x = (int)(from - left); x <= (int)(to - left) && x < bins; x++)
                {
                    coverage[x]++;
                }
            }
        }

        var allowed = (int)(Crossing * run.Count);
        var size = run.Select(l => l.Line.Size).Order().ElementAt(run.Count / 2);
        var rivers = new List<(double, double)>();
        var start = -1;
        for (var x = 0; x < bins; x++)
        {
            if (coverage[x] <= allowed)
            {
                if (start < 0)
                {
                    start = x;
                }
            }
            else if (start >= 0)
            {
                if (x - start >= WordGap * size && start > 0)
                {
                    rivers.Add((left + start, left + x));
                }

                start = -1;
            }
        }

        return rivers;
    }

    /// <summary>Cuts a line at its wide gaps and at every gap of a space or more that holds the middle of a river.</summary>
    private static List<TextLine> Cut(TextLine line, List<(double From, double To)> rivers)
    {
        var pieces = new List<TextLine>();
        var start = 0;
        for (var i = 1; i < line.Letters.Count; i++)
        {
            var a = line.Letters[i - 1];
            var b = line.Letters[i];
            var size = Math.Max(a.Size, b.Size);
            var gap = b.Left - a.Right;
            var wide = gap > PageLayoutBuilder.ChunkGap * size;
            var river = gap >= WordGap * size && rivers.Any(r => (r.From + r.To) / 2 > a.Right && (r.From + r.To) / 2 < b.Left);
            if (wide || river)
            {
                pieces.Add(PageTextLines.Build(line.Letters.Skip(start).Take(i - start)).Single());
                start = i;
            }
        }

        pieces.Add(start == 0 ? line : PageTextLines.Build(line.Letters.Skip(start)).Single());
        return pieces;
    }

    private static IEnumerable<(double From, double To)> Words(TextLine line)
    {
        var from = line.Letters[0].Left;
        var to = line.Letters[0].Right;
        foreach (var letter in line.Letters.Skip(1))
        {
            if (letter.Left - to < WordGap * letter.Size)
            {
                to = Math.Max(to, letter.Right);
            }
            else
            {
                yield return (from, to);
                from = letter.Left;
                to = letter.Right;
            }
        }

        yield return (from, to);
    }
}
