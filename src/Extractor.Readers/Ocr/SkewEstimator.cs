namespace Extractor.Readers.Ocr;

/// <summary>
/// How far a scanned page is turned: the angle at which the ink's row profile is sharpest (text lines and table
/// rules fall into the fewest rows), searched over ±3° in tenths of a degree on a reduced copy of the page.
/// </summary>
public static class SkewEstimator
{
    private const double MaxDegrees = 3.0;
    private const double Step = 0.1;
    private const int ReducedWidth = 800;

    /// <returns>Degrees; turning the image by the negative of this makes its lines level.</returns>
    public static double Estimate(GreyImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var scale = Math.Min(1.0, (double)ReducedWidth / image.Width);
        var reduced = scale < 1 ? image.Resize(Math.Max(1, (int)(image.Width * scale)), Math.Max(1, (int)(image.Height * scale))) : image;
        var threshold = reduced.InkThreshold();
        var ink = new List<(int X, int Y)>();
        for (var y = 0; y < reduced.Height; y++)
        {
            for (var x = 0; x < reduced.Width; x++)
            {
                if (reduced[x, y] < threshold)
                {
                    ink.Add((x, y));
                }
            }
        }

        if (ink.Count < 100)
        {
            return 0;
        }

        var bestAngle = 0.0;
        var bestScore = double.MinValue;
        var rows = new int[reduced.Height + reduced.Width];
        var offset = reduced.Width / 2;
        for (var a = -MaxDegrees; a <= MaxDegrees + 1e-9; a += Step)
        {
            Array.Clear(rows);
            var tan = Math.Tan(a * Math.PI / 180);
            foreach (var (x, y) in ink)
            {
                var r = (int)Math.Round(y - (x * tan)) + offset;
                if (r >= 0 && r < rows.Length)
                {
                    rows[r]++;
                }
            }

            double score = 0;
            foreach (var count in rows)
            {
                score += (double)count * count;
            }

            if (score > bestScore)
            {
                bestScore = score;
                bestAngle = a;
            }
        }

        return Math.Round(bestAngle, 1);
    }
}
