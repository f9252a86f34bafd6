namespace Extractor.Readers.Ocr;

/// <summary>
/// Drops the detector's boxes around specks of scan noise: a box less than half as high as the page's lines, all of
/// whose characters were read below <see cref="Unreadable"/> (on the fixtures '一' at 0.11 under a cell's 0, which made
/// the cell '0一' and left it out). A box with a line beside it on the same text row is kept, however small and
/// unsure: it may be a minus sign or a mark that belongs to the number next to it, and dropping it could change a
/// value; kept, it takes the value's confidence down with it and the value is left out.
/// </summary>
public static class NoiseSpecks
{
    public const double Unreadable = 0.5;

    public static List<OcrLine> Remove(List<OcrLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count < 3)
        {
            return lines;
        }

        var heights = lines.Select(l => l.Bottom - l.Top).Order().ToList();
        var typical = heights[heights.Count / 2];
        return [.. lines.Where(l => !IsSpeck(l, typical, lines))];
    }

    private static bool IsSpeck(OcrLine line, double typical, List<OcrLine> lines)
    {
        if (line.Bottom - line.Top >= typical / 2 || line.Characters.Any(c => !string.IsNullOrWhiteSpace(c.Text) && c.Confidence >= Unreadable))
        {
            return false;
        }

        var middle = (line.Top + line.Bottom) / 2;
        return !lines.Any(other => !ReferenceEquals(other, line)
            && other.Top <= middle && other.Bottom >= middle
            && other.Left - line.Right < typical && line.Left - other.Right < typical);
    }
}
