namespace Extractor.Readers.Pdf;

/// <summary>An axis-aligned box in PDF points, origin bottom-left.</summary>
public readonly record struct PdfBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public bool Contains(double x, double y, double tolerance = 0) =>
        x >= Left - tolerance && x <= Right + tolerance && y >= Bottom - tolerance && y <= Top + tolerance;

    public static PdfBox Around(IEnumerable<PageLetter> letters)
    {
        double l = double.MaxValue, b = double.MaxValue, r = double.MinValue, t = double.MinValue;
        foreach (var x in letters)
        {
            l = Math.Min(l, x.Left);
            b = Math.Min(b, x.Bottom);
            r = Math.Max(r, x.Right);
            t = Math.Max(t, x.Top);
        }

        return l == double.MaxValue ? default : new PdfBox(l, b, r, t);
    }
}
