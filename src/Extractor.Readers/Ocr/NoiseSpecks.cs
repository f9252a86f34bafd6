namespace Extractor.Readers.Ocr;

/// <summary>
/// Specks of scan noise that the detector takes for text lines: a fraction of the type's height, read as one or two
/// characters at a confidence print never gets. Left in, one joins a cell's number ("0拉") and the cell is lost.
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
        return [.. lines.Where(l => l.Bottom - l.Top >= MaxHeightShare * median || l.Characters.Any(c => c.Confidence >= MaxConfidence))];
    }
}
