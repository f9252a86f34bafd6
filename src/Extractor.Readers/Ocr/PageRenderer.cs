using System.Globalization;
using SkiaSharp;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Extractor.Readers.Ocr;

/// <summary>A page drawn to grey pixels, and the rectangle of the page (PDF points) the pixels cover.</summary>
public sealed record RenderedPage(GreyImage Pixels, PdfRectangle Bounds);

/// <summary>
/// Draws a page that has no letters and is not one image covering it: a scan saved as several image strips, text
/// turned into vector outlines, a scan pasted beside drawn rules. Every image is drawn at its place on the page (decoded
/// as <see cref="PageImageDecoder"/> does) and every filled or stroked path in its colour, on white, at the page's
/// image resolution (paths alone at 200 dpi). Bounded: at most <see cref="MaxPixels"/> pixels (a larger page is drawn
/// coarser, down to <see cref="MinDpi"/>, then refused), the path commands and image samples of one page capped, so a
/// hostile page is refused in one line rather than drawn for minutes.
/// </summary>
public static class PageRenderer
{
    /// <summary>A report page at 300 dpi is under 9 million pixels; twice A3 at 200 dpi is 20 million.</summary>
    public const long MaxPixels = 20_000_000;

    /// <summary>The detector reads print of 10 points down to about this resolution; coarser it misses digits.</summary>
    public const double MinDpi = 100;

    /// <summary>Vector text is sharp at any resolution; 200 dpi is what the model reads best (README, OCR figures).</summary>
    public const double PathDpi = 200;

    /// <summary>Images finer than this add time, not accuracy (as <see cref="OcrPdfReader"/> scales scans down).</summary>
    public const double MaxDpi = 300;

    /// <summary>The widest stroke drawn, in points: table rules are 0.5-1 point.</summary>
    public const double MaxStrokePoints = 1;

    /// <summary>Image samples decoded for one page: four A4 pages' worth at 600 dpi.</summary>
    public const long MaxImageSamples = 4 * PageImageDecoder.MaxPixels;

    /// <summary>
    /// Whether the page is one image covering nearly all of it, to be read at the image's own resolution without
    /// drawing; otherwise the page is rendered.
    /// </summary>
    public static bool IsOneImageOfThePage(IReadOnlyList<IPdfImage> images, PdfRectangle page, int pathCount) =>
        images.Count == 1 && pathCount == 0 && Area(images[0].BoundingBox) >= 0.85 * Area(page);

    /// <param name="page">The page's visible box (crop box) in PDF points.</param>
    /// <param name="maxPathCommands">Path commands drawn at most; a page with more is refused.</param>
    /// <param name="failure">Why the page was not drawn, in one line; null when it was.</param>
    public static RenderedPage? Render(PdfRectangle page, IReadOnlyList<IPdfImage> images, IReadOnlyList<PdfPath> paths, int maxPathCommands, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(paths);
        failure = null;
        var commands = 0L;
        foreach (var path in paths)
        {
            foreach (var subpath in path)
            {
                commands += subpath.Commands.Count;
            }
        }

        if (commands > maxPathCommands)
        {
            failure = string.Create(CultureInfo.InvariantCulture, $"not rendered: {commands} path commands (bound {maxPathCommands} per page)");
            return null;
        }

        var samples = images.Sum(i => (long)i.WidthInSamples * i.HeightInSamples);
        if (samples > MaxImageSamples)
        {
            failure = string.Create(CultureInfo.InvariantCulture, $"not rendered: images of {samples / 1_000_000} million pixels in all (bound {MaxImageSamples / 1_000_000} million per page)");
            return null;
        }

        if (!(page.Width > 0 && page.Height > 0))
        {
            failure = "not rendered: the page has no area";
            return null;
        }

        var dpi = Math.Clamp(images.Select(ImageDpi).DefaultIfEmpty(PathDpi).Max(), PathDpi, MaxDpi);
        var fitting = Math.Sqrt(MaxPixels / (page.Width / 72 * (page.Height / 72)));
        dpi = Math.Min(dpi, fitting);
        if (dpi < MinDpi)
        {
            failure = string.Create(CultureInfo.InvariantCulture, $"not rendered: a page of {page.Width:0}×{page.Height:0} points is over {MaxPixels / 1_000_000} million pixels at {MinDpi:0} dpi");
            return null;
        }

        var scale = dpi / 72;
        var width = Math.Max(1, (int)Math.Round(page.Width * scale));
        var height = Math.Max(1, (int)Math.Round(page.Height * scale));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);

            // PDF points (origin bottom left, y up) to pixels (origin top left, y down).
            var toPixels = new SKMatrix(
                (float)scale, 0, (float)(-page.Left * scale),
                0, (float)-scale, (float)(page.Top * scale),
                0, 0, 1);
            foreach (var image in images)
            {
                if (DrawImage(canvas, toPixels, image) is { } why)
                {
                    failure = $"not rendered: {why}";
                    return null;
                }
            }

            foreach (var path in paths)
            {
                DrawPath(canvas, toPixels, path, scale);
            }
        }

        return new RenderedPage(PageImageDecoder.Grey(bitmap), page);
    }

    private static double Area(PdfRectangle r) => Math.Abs(r.Width * r.Height);

    private static double ImageDpi(IPdfImage image)
    {
        var box = image.BoundingBox;
        var across = Math.Max(Distance(box.TopLeft, box.TopRight), Distance(box.TopLeft, box.BottomLeft));
        var samples = Math.Max(image.WidthInSamples, image.HeightInSamples);
        return across > 0 ? samples / (across / 72) : PathDpi;
    }

    private static double Distance(PdfPoint a, PdfPoint b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    /// <summary>Draws the image's pixels onto its placement: its top-left corner at the box's top left, and so on.</summary>
    private static string? DrawImage(SKCanvas canvas, SKMatrix toPixels, IPdfImage image)
    {
        var grey = PageImageDecoder.Decode(image, out var why);
        if (why is not null)
        {
            return why;
        }

        if (grey.Width == 0 || grey.Height == 0)
        {
            return null;
        }

        using var bitmap = new SKBitmap(new SKImageInfo(grey.Width, grey.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        var target = bitmap.GetPixelSpan();
        var rowBytes = bitmap.RowBytes;
        for (var y = 0; y < grey.Height; y++)
        {
            grey.Pixels.AsSpan(y * grey.Width, grey.Width).CopyTo(target.Slice(y * rowBytes, grey.Width));
        }

        // The image's unit square: pixel (0, 0) at the box's top left, (w, 0) at its top right, (0, h) at its bottom left.
        var box = image.BoundingBox;
        var tl = box.TopLeft;
        var tr = box.TopRight;
        var bl = box.BottomLeft;
        var toPage = new SKMatrix(
            (float)((tr.X - tl.X) / grey.Width), (float)((bl.X - tl.X) / grey.Height), (float)tl.X,
            (float)((tr.Y - tl.Y) / grey.Width), (float)((bl.Y - tl.Y) / grey.Height), (float)tl.Y,
            0, 0, 1);
        canvas.Save();
        canvas.SetMatrix(toPixels.PreConcat(toPage));
        // Not antialiased: strips of a scan meet edge to edge, and blended edges would draw a pale seam through the text.
        using var paint = new SKPaint { IsAntialias = false };
        canvas.DrawImage(SKImage.FromBitmap(bitmap), 0, 0, new SKSamplingOptions(SKFilterMode.Linear), paint);
        canvas.Restore();
        return null;
    }

    private static void DrawPath(SKCanvas canvas, SKMatrix toPixels, PdfPath path, double scale)
    {
        if (path.IsClipping || !(path.IsFilled || path.IsStroked))
        {
            return;
        }

        using var builder = new SKPathBuilder { FillType = path.FillingRule == FillingRule.EvenOdd ? SKPathFillType.EvenOdd : SKPathFillType.Winding };
        var started = false;
        foreach (var subpath in path)
        {
            foreach (var command in subpath.Commands)
            {
                switch (command)
                {
                    case PdfSubpath.Move move:
                        builder.MoveTo(Point(toPixels, move.Location));
                        started = true;
                        break;
                    case PdfSubpath.Line line:
                        if (!started)
                        {
                            builder.MoveTo(Point(toPixels, line.From));
                            started = true;
                        }

                        builder.LineTo(Point(toPixels, line.To));
                        break;
                    case PdfSubpath.CubicBezierCurve curve:
                        if (!started)
                        {
                            builder.MoveTo(Point(toPixels, curve.StartPoint));
                            started = true;
                        }

                        builder.CubicTo(Point(toPixels, curve.FirstControlPoint), Point(toPixels, curve.SecondControlPoint), Point(toPixels, curve.EndPoint));
                        break;
                    case PdfSubpath.QuadraticBezierCurve curve:
                        if (!started)
                        {
                            builder.MoveTo(Point(toPixels, curve.StartPoint));
                            started = true;
                        }

                        builder.QuadTo(Point(toPixels, curve.ControlPoint), Point(toPixels, curve.EndPoint));
                        break;
                    case PdfSubpath.Close:
                        builder.Close();
                        break;
                }
            }
        }

        using var shape = builder.Detach();
        if (path.IsFilled && Colour(path.FillColor) is { } fillColour)
        {
            using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = fillColour };
            canvas.DrawPath(shape, fill);
        }

        if (path.IsStroked && Colour(path.StrokeColor) is { } strokeColour)
        {
            // PdfPig gives the width in the user space it was set in, not on the page (ghostscript writes 7.5 in a
            // space scaled by 0.1 for a rule of 0.75 points); a table's rule is thin whatever the content stream's
            // scale, so the width is held between one pixel and one point.
            var width = Math.Clamp((double)path.LineWidth, 0, MaxStrokePoints) * scale;
            using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = (float)Math.Max(1, width), Color = strokeColour };
            canvas.DrawPath(shape, stroke);
        }
    }

    private static SKPoint Point(SKMatrix toPixels, PdfPoint p) => toPixels.MapPoint((float)p.X, (float)p.Y);

    /// <summary>The paint's colour; null for a pattern or shading, which has none to draw here.</summary>
    private static SKColor? Colour(IColor? colour)
    {
        if (colour is null)
        {
            return SKColors.Black;
        }

        try
        {
            var (r, g, b) = colour.ToRGBValues();
            return new SKColor(Byte(r), Byte(g), Byte(b));
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static byte Byte(double v) => (byte)Math.Clamp(Math.Round(v * 255), 0, 255);
}
