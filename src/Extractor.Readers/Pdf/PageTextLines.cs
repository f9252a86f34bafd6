using System.Text;

namespace Extractor.Readers.Pdf;

/// <summary>
/// Orders letters into lines (by baseline, then x) and spells them. PdfPig's own word extractors mis-order CJK text,
/// so reading order comes from geometry alone: a space goes where the gap between two letters is wider than a
/// narrow space, never between two ideographs (that gap is justification), and a run of the same glyph printed twice
/// at one spot (fake bold) is read once.
/// </summary>
public static class PageTextLines
{
    /// <summary>Letters whose baselines differ by less than this many ems share a line.</summary>
    private const double SameLine = 0.35;

    /// <summary>A gap wider than this many ems between two letters reads as a space.</summary>
    private const double SpaceGap = 0.3;

    /// <summary>Two identical glyphs closer than this many ems are one glyph overprinted.</summary>
    private const double Overprint = 0.3;

    public static List<TextLine> Build(IEnumerable<PageLetter> letters)
    {
        var sorted = letters.OrderByDescending(l => l.Baseline).ThenBy(l => l.Left).ToList();
        var lines = new List<TextLine>();
        var current = new List<PageLetter>();
        var baseline = 0.0;
        foreach (var letter in sorted)
        {
            if (current.Count > 0 && Math.Abs(letter.Baseline - baseline) > SameLine * Math.Max(letter.Size, current[0].Size))
            {
                lines.Add(Line(current));
                current = [];
            }

            if (current.Count == 0)
            {
                baseline = letter.Baseline;
            }

            current.Add(letter);
        }

        if (current.Count > 0)
        {
            lines.Add(Line(current));
        }

        return lines;
    }

    /// <summary>Splits a line where the gap between letters is wider than <paramref name="gapEms"/> ems (table columns without rulings).</summary>
    public static List<TextLine> Chunks(TextLine line, double gapEms)
    {
        var chunks = new List<TextLine>();
        var start = 0;
        for (var i = 1; i < line.Letters.Count; i++)
        {
            var gap = line.Letters[i].Left - line.Letters[i - 1].Right;
            if (gap > gapEms * Math.Max(line.Letters[i].Size, line.Letters[i - 1].Size))
            {
                chunks.Add(Line([.. line.Letters.Skip(start).Take(i - start)]));
                start = i;
            }
        }

        if (start == 0)
        {
            return [line];
        }

        chunks.Add(Line([.. line.Letters.Skip(start)]));
        return chunks;
    }

    /// <summary>Spells letters known to share a line as one line (no regrouping by baseline).</summary>
    public static TextLine Spell(IEnumerable<PageLetter> letters) => Line([.. letters]);

    public static bool IsIdeograph(char c) =>
        c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef';

    private static TextLine Line(List<PageLetter> letters)
    {
        letters.Sort((a, b) => a.Left.CompareTo(b.Left));
        var kept = new List<PageLetter>(letters.Count);
        var text = new StringBuilder();
        foreach (var letter in letters)
        {
            if (kept.Count > 0)
            {
                var previous = kept[^1];
                if (letter.Text == previous.Text && Math.Abs(letter.Left - previous.Left) < Overprint * letter.Size)
                {
                    continue;
                }

                var gap = letter.Left - previous.Right;
                if (gap > SpaceGap * Math.Max(letter.Size, previous.Size) && !BothIdeographs(previous.Text, letter.Text))
                {
                    text.Append(' ');
                }
            }

            kept.Add(letter);
            text.Append(letter.Text);
        }

        var size = Median(kept.Select(l => l.Size));
        var baseline = Median(kept.Select(l => l.Baseline));
        return new TextLine(kept, text.ToString(), baseline, size, PdfBox.Around(kept));
    }

    private static bool BothIdeographs(string a, string b) =>
        a.Length > 0 && b.Length > 0 && IsIdeograph(a[^1]) && IsIdeograph(b[0]);

    private static double Median(IEnumerable<double> values)
    {
        var list = values.Order().ToList();
        return list.Count == 0 ? 0 : list[list.Count / 2];
    }
}
