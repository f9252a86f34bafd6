namespace Extractor.Readers.Ocr;

/// <summary>
/// A table rule found in a page image, in pixels: horizontal at y = Position from Start to End, or vertical; Thickness
/// is how many pixel lines it covers.
/// </summary>
public readonly record struct ImageRule(bool Horizontal, double Position, double Start, double End, int Thickness = 1);

/// <summary>
/// Finds the rules of tables drawn in a level (deskewed) page image: runs of ink at least 0.4 inch long in a
/// row (or column), rows a pixel apart merged into one rule (a rule printed two or three pixels thick). Letters never
/// have strokes that long; a rule broken by scan noise is bridged over one-pixel gaps.
/// </summary>
public static class ImageRulings
{
    private const double MinInches = 0.4;
    private const int Bridge = 1;

    /// <summary>The longest gap between two pieces of one rule, in inches (about 2.5 mm).</summary>
    private const double MaxGapInches = 0.1;

    public static List<ImageRule> Find(GreyImage image, double dpi)
    {
        ArgumentNullException.ThrowIfNull(image);
        // A hairline rule scanned and levelled is a pale stroke shared by two pixel rows: half way from the ink
        // threshold to the paper, in either of two neighbouring lines, counts.
        var threshold = (image.InkThreshold() + image.PaperLevel()) / 2;
        var minRun = Math.Max(12, (int)(MinInches * dpi));
        var horizontal = Runs(image.Height, image.Width, minRun, (line, i) => Math.Min(image[i, line], image[i, Math.Min(line + 1, image.Height - 1)]) < threshold);
        var vertical = Runs(image.Width, image.Height, minRun, (line, i) => Math.Min(image[line, i], image[Math.Min(line + 1, image.Width - 1), i]) < threshold);
        var gap = Math.Max(2, (int)(MaxGapInches * dpi));
        return [.. Join(Merge(horizontal, true), gap), .. Join(Merge(vertical, false), gap)];
    }

    /// <summary>
    /// Pieces of one rule, on the same line with a short gap between, are one rule. A hairline turned by a fraction of a
    /// degree and scanned in black and white breaks into dashes (at 0.3° it steps one pixel every 190, and the pixels
    /// at each step are too pale to pass the threshold); each piece is a rule's length already, which no text makes.
    /// </summary>
    private static IEnumerable<ImageRule> Join(IEnumerable<ImageRule> rules, int maxGap)
    {
        var joined = new List<ImageRule>();
        foreach (var rule in rules.Where(r => r.Position >= 0).OrderBy(r => Math.Round(r.Position)).ThenBy(r => r.Start))
        {
            var last = joined.Count - 1;
            if (last >= 0 && Math.Abs(joined[last].Position - rule.Position) <= 1.5 && rule.Start - joined[last].End <= maxGap && rule.Start >= joined[last].Start)
            {
                var previous = joined[last];
                joined[last] = previous with { End = Math.Max(previous.End, rule.End), Thickness = Math.Max(previous.Thickness, rule.Thickness) };
                continue;
            }

            joined.Add(rule);
        }

        return joined;
    }

    private static List<(int Line, int Start, int End)> Runs(int lines, int length, int minRun, Func<int, int, bool> ink)
    {
        var runs = new List<(int, int, int)>();
        for (var line = 0; line < lines; line++)
        {
            var start = -1;
            var gap = 0;
            for (var i = 0; i <= length; i++)
            {
                if (i < length && ink(line, i))
                {
                    if (start < 0)
                    {
                        start = i;
                    }

                    gap = 0;
                    continue;
                }

                if (start >= 0 && i < length && gap < Bridge)
                {
                    gap++;
                    continue;
                }

                if (start >= 0)
                {
                    var end = i - gap;
                    if (end - start >= minRun)
                    {
                        runs.Add((line, start, end));
                    }
                }

                start = -1;
                gap = 0;
            }
        }

        return runs;
    }

    /// <summary>Runs on neighbouring lines that overlap are one rule, at their mean line, over their union.</summary>
    private static IEnumerable<ImageRule> Merge(List<(int Line, int Start, int End)> runs, bool horizontal)
    {
        var open = new List<(int LastLine, double LineSum, int Count, int Start, int End)>();
        var done = new List<ImageRule>();
        foreach (var run in runs)
        {
            var match = open.FindIndex(o => run.Line - o.LastLine <= 1 && run.Start < o.End && o.Start < run.End);
            if (match >= 0)
            {
                var o = open[match];
                open[match] = (run.Line, o.LineSum + run.Line, o.Count + 1, Math.Min(o.Start, run.Start), Math.Max(o.End, run.End));
            }
            else
            {
                open.Add((run.Line, run.Line, 1, run.Start, run.End));
            }

            // Rules that no later line can extend are finished.
            for (var k = open.Count - 1; k >= 0; k--)
            {
                if (run.Line - open[k].LastLine > 1)
                {
                    done.Add(Rule(open[k], horizontal));
                    open.RemoveAt(k);
                }
            }
        }

        done.AddRange(open.Select(o => Rule(o, horizontal)));

        // A thick band of ink (a filled block, a photo) is not a rule.
        return done.Where(r => r.End - r.Start > 0);
    }

    private static ImageRule Rule((int LastLine, double LineSum, int Count, int Start, int End) o, bool horizontal) =>
        o.Count > 8 ? new ImageRule(horizontal, -1, 0, 0) : new ImageRule(horizontal, o.LineSum / o.Count, o.Start, o.End, o.Count);
}
