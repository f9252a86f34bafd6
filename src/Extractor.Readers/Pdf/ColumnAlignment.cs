using Extractor.Core.Values;

namespace Extractor.Readers.Pdf;

/// <summary>
/// Reads a table drawn without rules from the alignment of its rows. A run of lines cut into several chunks (with
/// the short lines between them, wrapped labels) is taken as one such table. Where its rows leave a vertical strip
/// of paper empty (a "river") there is a column boundary, and a line is cut there even where its own gap is narrow
/// (two narrow columns such as 其他 and 总计). Lines are then grouped into rows by the wider gap that separates
/// rows: a row with exactly one line of values gets the text of its other lines (a label wrapped inside its column)
/// joined into its cells column by column; any other grouping is left line by line, as printed.
/// </summary>
public static class ColumnAlignment
{
    /// <summary>Letters closer than this many ems are one word when the rows' coverage is measured.</summary>
    private const double WordGap = 0.25;

    /// <summary>A river may be crossed by this share of the rows (header cells spanning several columns).</summary>
    private const double Crossing = 0.15;

    /// <summary>Consecutive single-chunk lines that may sit inside a table without rules (a label wrapped over them).</summary>
    private const int MaxWrappedLines = 4;

    /// <summary>A single-chunk line wider than this share of the table is prose, not a wrapped label.</summary>
    private const double MaxLabelShare = 0.6;

    /// <summary>Baselines further apart than this many ems belong to different rows.</summary>
    private const double RowGap = 1.7;

    public static List<PageItem> Apply(IReadOnlyList<PageItem> items)
    {
        var result = new List<PageItem>(items.Count);
        var i = 0;
        while (i < items.Count)
        {
            var end = RegionEnd(items, i);
            if (end < 0)
            {
                result.Add(items[i]);
                i++;
                continue;
            }

            result.AddRange(Read([.. items.Skip(i).Take(end - i + 1).Cast<LineItem>()]));
            i = end + 1;
        }

        return result;
    }

    /// <summary>
    /// The last item of a table region starting at <paramref name="start"/>: a multi-chunk line, followed by further
    /// multi-chunk lines reachable over at most <see cref="MaxWrappedLines"/> narrow single-chunk lines; -1 when
    /// there is no such region of two or more multi-chunk lines.
    /// </summary>
    private static int RegionEnd(IReadOnlyList<PageItem> items, int start)
    {
        if (items[start] is not LineItem { Chunks.Count: > 1 } first)
        {
            return -1;
        }

        var left = first.Line.Left;
        var right = first.Line.Right;
        var end = start;
        var multi = 1;
        var between = 0;
        for (var j = start + 1; j < items.Count && items[j] is LineItem line && line.Page == first.Page; j++)
        {
            if (line.Chunks.Count > 1)
            {
                end = j;
                multi++;
                between = 0;
                left = Math.Min(left, line.Line.Left);
                right = Math.Max(right, line.Line.Right);
            }
            else if (++between > MaxWrappedLines || line.Line.Box.Width > MaxLabelShare * (right - left))
            {
                break;
            }
        }

        return multi >= 2 ? end : -1;
    }

    private static List<LineItem> Read(List<LineItem> region)
    {
        var rivers = Rivers([.. region.Where(l => l.Chunks.Count > 1)]);
        var cut = region.Select(l => l.Chunks.Count > 1 ? l with { Chunks = Cut(l.Line, rivers) } : l).ToList();
        var boundaries = rivers.Select(r => (r.From + r.To) / 2).ToList();
        var size = cut.Select(l => l.Line.Size).Order().ElementAt(cut.Count / 2);
        var result = new List<LineItem>();
        var row = new List<LineItem>();
        foreach (var line in cut)
        {
            if (row.Count > 0 && row[^1].Line.Baseline - line.Line.Baseline > RowGap * size)
            {
                result.AddRange(Row(row, boundaries));
                row.Clear();
            }

            row.Add(line);
        }

        result.AddRange(Row(row, boundaries));
        return result;
    }

    /// <summary>One row's lines: joined column by column when exactly one of them holds values, else as printed.</summary>
    private static IEnumerable<LineItem> Row(List<LineItem> lines, List<double> boundaries)
    {
        var valueLines = lines.Where(l => l.Chunks.Any(c => CellValueParser.LooksLikeValue(c.Text))).ToList();
        if (lines.Count == 1 || valueLines.Count != 1)
        {
            return [.. lines];
        }

        int Column(TextLine chunk) => boundaries.Count(b => b < chunk.Left + 1);

        // Two chunks of one line in one column are two cells the rivers did not separate (a spanning group label
        // beside its row labels): joining by column would interleave them, so the row is left as printed.
        if (lines.Any(l => l.Chunks.GroupBy(Column).Any(g => g.Count() > 1)))
        {
            return [.. lines];
        }

        var chunks = lines
            .SelectMany(l => l.Chunks)
            .GroupBy(Column)
            .OrderBy(g => g.Key)
            .Select(g => Join([.. g]))
            .ToList();
        return [valueLines[0] with { Chunks = chunks }];
    }

    /// <summary>The chunks of one column of a row, top to bottom, as one piece of text.</summary>
    private static TextLine Join(List<TextLine> pieces)
    {
        if (pieces.Count == 1)
        {
            return pieces[0];
        }

        var text = pieces[0].Text;
        foreach (var next in pieces.Skip(1))
        {
            var space = text.Length > 0 && char.IsAsciiLetter(text[^1]) && next.Text.Length > 0 && char.IsAsciiLetter(next.Text[0]);
            text += (space ? " " : string.Empty) + next.Text;
        }

        var letters = pieces.SelectMany(p => p.Letters).ToList();
        return new TextLine(letters, text, pieces[0].Baseline, pieces[0].Size, PdfBox.Around(letters));
    }

    /// <summary>The x ranges that (almost) no row of the run covers, between the run's left and right edges.</summary>
    public static List<(double From, double To)> Rivers(IReadOnlyList<LineItem> run)
    {
        if (run.Count < 2)
        {
            return [];
        }

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
                pieces.Add(PageTextLines.Spell(line.Letters.Skip(start).Take(i - start)));
                start = i;
            }
        }

        pieces.Add(start == 0 ? line : PageTextLines.Spell(line.Letters.Skip(start)));
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
