namespace Extractor.Readers.Ocr;

/// <summary>
/// Drops the detector's boxes around specks of scan noise: a box well under the page's line height, all of whose
/// characters were read below <see cref="MaxConfidence"/>. Left in, a speck joins a cell's number ("0拉", "0一") and
/// the cell is lost. A speck just before a line on its row is kept, however small and unsure: it may be that number's
/// minus sign (or a decimal point split from it), and dropping it could change a value; kept, it takes the value's
/// confidence down with it and the value is left out.
/// </summary>
public static class NoiseSpecks
{
    /// <summary>A line under this share of the page's median line height may be a speck.</summary>
    public const double MaxHeightShare = 0.6;

    /// <summary>A speck is read below this confidence throughout; a character of real print is read above it.</summary>
    public const double MaxConfidence = 0.5;

    /// <summary>The page's lines without its specks.</summary>
    public static List<OcrLine> Remove(IReadOnlyList<OcrLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return [];
        }

        var heights = lines.Select(l => l.Bottom - l.Top).Order().ToList();
        var median = heights[heights.Count / 2];
        return [.. lines.Where(l => !IsSpeck(l, median, lines))];
    }

    private static bool IsSpeck(OcrLine line, double median, IReadOnlyList<OcrLine> lines)
    {
        if (line.Bottom - line.Top >= MaxHeightShare * median || line.Characters.Any(c => !string.IsNullOrWhiteSpace(c.Text) && c.Confidence >= MaxConfidence))
        {
            return false;
        }

        // Only what stands in front of a line can change its value; a speck after, above or below it cannot.
        var middle = (line.Top + line.Bottom) / 2;
        return !lines.Any(other => !ReferenceEquals(other, line)
            && other.Top <= middle && other.Bottom >= middle
            && other.Right > line.Right && other.Left - line.Right < median);
    }
}
