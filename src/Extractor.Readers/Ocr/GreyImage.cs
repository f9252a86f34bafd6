namespace Extractor.Readers.Ocr;

/// <summary>An 8-bit grey image, row by row from the top, 0 black and 255 white.</summary>
public sealed class GreyImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte[] Pixels { get; } = pixels;

    public byte this[int x, int y] => Pixels[(y * Width) + x];

    /// <summary>The image scaled to <paramref name="width"/> × <paramref name="height"/>, bilinear.</summary>
    public GreyImage Resize(int width, int height)
    {
        var result = new byte[width * height];
        var sx = (double)Width / width;
        var sy = (double)Height / height;
        for (var y = 0; y < height; y++)
        {
            var fy = Math.Clamp(((y + 0.5) * sy) - 0.5, 0, Height - 1);
            var y0 = (int)fy;
            var y1 = Math.Min(y0 + 1, Height - 1);
            var wy = fy - y0;
            for (var x = 0; x < width; x++)
            {
                var fx = Math.Clamp(((x + 0.5) * sx) - 0.5, 0, Width - 1);
                var x0 = (int)fx;
                var x1 = Math.Min(x0 + 1, Width - 1);
                var wx = fx - x0;
                var top = (this[x0, y0] * (1 - wx)) + (this[x1, y0] * wx);
                var bottom = (this[x0, y1] * (1 - wx)) + (this[x1, y1] * wx);
                result[(y * width) + x] = (byte)Math.Round((top * (1 - wy)) + (bottom * wy));
            }
        }

        return new GreyImage(width, height, result);
    }

    /// <summary>The image turned by <paramref name="degrees"/> (counter-clockwise positive) about its centre, same size.</summary>
    public GreyImage Rotate(double degrees, byte fill)
    {
        var result = new byte[Pixels.Length];
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        double cx = Width / 2.0, cy = Height / 2.0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                // The source pixel of (x, y): the inverse turn. Image y runs down, so the signs are mirrored.
                var dx = x - cx;
                var dy = y - cy;
                var fx = (cos * dx) - (sin * dy) + cx;
                var fy = (sin * dx) + (cos * dy) + cy;
                var x0 = (int)Math.Floor(fx);
                var y0 = (int)Math.Floor(fy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= Width || y0 + 1 >= Height)
                {
                    result[(y * Width) + x] = fill;
                    continue;
                }

                var wx = fx - x0;
                var wy = fy - y0;
                var top = (this[x0, y0] * (1 - wx)) + (this[x0 + 1, y0] * wx);
                var bottom = (this[x0, y0 + 1] * (1 - wx)) + (this[x0 + 1, y0 + 1] * wx);
                result[(y * Width) + x] = (byte)Math.Round((top * (1 - wy)) + (bottom * wy));
            }
        }

        return new GreyImage(Width, Height, result);
    }

    /// <summary>How many pixels have each grey level.</summary>
    public int[] Histogram()
    {
        var histogram = new int[256];
        foreach (var p in Pixels)
        {
            histogram[p]++;
        }

        return histogram;
    }

    /// <summary>The grey level splitting ink from paper (Otsu's threshold over the histogram).</summary>
    public int InkThreshold() => InkThreshold(Histogram());

    /// <inheritdoc cref="InkThreshold()"/>
    public static int InkThreshold(int[] histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        long total = histogram.Sum(c => (long)c);
        double sum = 0;
        for (var i = 0; i < 256; i++)
        {
            sum += i * (double)histogram[i];
        }

        // Levels no pixel has leave the split as good as it was: the threshold is the middle of the best run, so a
        // black and white scan (levels 0 and 255 only) splits at 127, not at 0, where nothing would be darker than it.
        double sumBelow = 0, best = -1;
        long below = 0;
        var (first, last) = (128, 128);
        for (var t = 0; t < 256; t++)
        {
            below += histogram[t];
            if (below == 0)
            {
                continue;
            }

            var above = total - below;
            if (above == 0)
            {
                break;
            }

            sumBelow += t * (double)histogram[t];
            var meanBelow = sumBelow / below;
            var meanAbove = (sum - sumBelow) / above;
            var between = (double)below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best)
            {
                best = between;
                (first, last) = (t, t);
            }
            else if (between == best && last == t - 1)
            {
                last = t;
            }
        }

        return (first + last + 1) / 2;
    }

    /// <summary>The most common grey level: the paper.</summary>
    public byte PaperLevel()
    {
        var histogram = Histogram();
        return (byte)Array.IndexOf(histogram, histogram.Max());
    }
}
