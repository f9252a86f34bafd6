using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Extractor.Readers.Pdf;

/// <summary>
/// A scanned page whose text layer is not its report: a few letters a portal or a PDF tool stamped on it (a page
/// number, a watermark, a download date), or invisible letters another program's OCR laid over the picture (a
/// "searchable" scan; Tesseract's layer of a fixture scan gave 20 of its 200 cells, with no confidence to vet them by).
/// Such a page is read from its picture. Without this, a stamped scan would be read as a text page holding only its
/// stamp, and a searchable scan would stand on a reading nobody can check.
/// </summary>
public static class ScanWithTextLayer
{
    /// <summary>
    /// At most this many visible letters make a stamp: a page number, a watermark and a footer line (about 60 in the
    /// stamps seen) fit, a page of report text (several hundred) does not.
    /// </summary>
    public const int MaxStampLetters = 80;

    /// <summary>The page's images cover at least this share of it: a scan, not a text page with a figure.</summary>
    public const double MinImageCover = 0.6;

    /// <param name="letters">The page's letters with a usable Unicode value.</param>
    public static bool Is(Page page, int letters)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            var visible = page.Letters.Count(l => l.RenderingMode != TextRenderingMode.Neither);
            if (Math.Min(letters, visible) > MaxStampLetters || page.NumberOfImages == 0)
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
