using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Extractor.Readers.Pdf;

/// <summary>
/// A scanned page that a portal or a PDF tool stamped a few letters on (a page number, a watermark, a download date):
/// it has a text layer, but the report is in its picture. Without this it would be read as a text page holding only
/// its stamp, and the whole scan would come out empty.
/// </summary>
public static class StampedPicture
{
    /// <summary>
    /// At most this many letters: a page number, a watermark and a footer line (about 60 in the stamps seen) fit, a
    /// page of report text (several hundred) does not.
    /// </summary>
    public const int MaxLetters = 80;

    /// <summary>The page's images cover at least this share of it: a scan, not a text page with a figure.</summary>
    public const double MinImageCover = 0.6;

    public static bool Is(Page page, int letters)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (letters > MaxLetters)
        {
            return false;
        }

        try
        {
            if (page.NumberOfImages == 0)
            {
                return false;
            }

            var box = page.CropBox.Bounds;
            var area = Area(box);
            // Overlaps are counted twice: a scan's strips and images do not overlap, and a page whose images stack
            // over each other is still a picture.
            var covered = page.GetImages().Sum(i => Area(Intersection(i.BoundingBox, box)));
            return area > 0 && covered >= MinImageCover * area;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static PdfRectangle Intersection(PdfRectangle a, PdfRectangle b)
    {
        var left = Math.Max(a.Left, b.Left);
        var right = Math.Min(a.Right, b.Right);
        var bottom = Math.Max(a.Bottom, b.Bottom);
        var top = Math.Min(a.Top, b.Top);
        return right > left && top > bottom ? new PdfRectangle(left, bottom, right, top) : new PdfRectangle(0, 0, 0, 0);
    }

    private static double Area(PdfRectangle r) => Math.Abs(r.Width * r.Height);
}
