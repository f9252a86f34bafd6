using Extractor.Readers.Ocr;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Extractor.Tests.Ocr;

/// <summary>Pages drawn to grey pixels: what is drawn lands where the page puts it, and hostile pages are refused.</summary>
public class PageRendererTests
{
    private static Page OnePage(byte[] pdf, out PdfDocument document)
    {
        document = PdfDocument.Open(pdf);
        return document.GetPage(1);
    }

    private static RenderedPage? Render(Page page, int maxCommands, out string? failure) =>
        PageRenderer.Render(page.CropBox.Bounds, [.. page.GetImages()], [.. page.Paths], maxCommands, out failure);

    /// <summary>The mean grey level of the pixels under a rectangle given in points from the page's bottom left.</summary>
    private static double Mean(RenderedPage rendered, double left, double bottom, double right, double top)
    {
        var scale = rendered.Pixels.Width / rendered.Bounds.Width;
        var height = rendered.Bounds.Height;
        int x0 = (int)(left * scale), x1 = (int)(right * scale), y0 = (int)((height - top) * scale), y1 = (int)((height - bottom) * scale);
        long sum = 0;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                sum += rendered.Pixels[x, y];
            }
        }

        return (double)sum / ((x1 - x0) * (y1 - y0));
    }

    private static byte[] BlackPng(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Black);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Test]
    public void A_filled_path_is_drawn_where_it_is_on_the_page_at_200_dpi()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(144, 72);
        page.SetTextAndFillColor(0, 0, 0);
        page.DrawRectangle(new PdfPoint(18, 18), 36, 18, 1, fill: true);
        var rendered = Render(OnePage(builder.Build(), out var document), 1000, out var failure);
        using (document)
        {
            Assert.That(failure, Is.Null);
            Assert.That((rendered!.Pixels.Width, rendered.Pixels.Height), Is.EqualTo((400, 200)));
            Assert.That(Mean(rendered, 22, 22, 50, 32), Is.LessThan(10), "inside the rectangle");
            Assert.That(Mean(rendered, 60, 40, 140, 70), Is.GreaterThan(250), "beside it");
            Assert.That(Mean(rendered, 22, 40, 50, 70), Is.GreaterThan(250), "above it: y runs up on the page, down in pixels");
        }
    }

    [Test]
    public void A_stroke_in_a_scaled_space_is_drawn_thin()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(144, 72);
        page.DrawLine(new PdfPoint(10, 36), new PdfPoint(134, 36), 20);
        var rendered = Render(OnePage(builder.Build(), out var document), 1000, out _);
        using (document)
        {
            // Held to one point (about 3 pixels at 200 dpi): 4 points above the line is paper.
            Assert.That(Mean(rendered!, 20, 35.5, 120, 36.5), Is.LessThan(60));
            Assert.That(Mean(rendered!, 20, 40, 120, 41), Is.GreaterThan(250));
        }
    }

    [Test]
    public void Strips_of_an_image_are_each_drawn_at_their_place()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(144, 144);
        page.AddPng(BlackPng(40, 10), new PdfRectangle(0, 108, 144, 144));
        page.AddPng(BlackPng(40, 10), new PdfRectangle(0, 36, 144, 72));
        var pdf = builder.Build();
        var only = OnePage(pdf, out var document);
        using (document)
        {
            var images = only.GetImages().ToList();
            Assert.That(PageRenderer.IsOneImageOfThePage(images, only.CropBox.Bounds, 0), Is.False);
            var rendered = Render(only, 1000, out var failure);
            Assert.That(failure, Is.Null);
            Assert.That(Mean(rendered!, 4, 112, 140, 140), Is.LessThan(10), "top strip");
            Assert.That(Mean(rendered!, 4, 76, 140, 104), Is.GreaterThan(250), "gap");
            Assert.That(Mean(rendered!, 4, 40, 140, 68), Is.LessThan(10), "lower strip");
            Assert.That(Mean(rendered!, 4, 4, 140, 32), Is.GreaterThan(250), "below");
        }
    }

    [Test]
    public void One_image_covering_the_page_is_read_as_it_is_not_drawn()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(144, 144);
        page.AddPng(BlackPng(40, 40), new PdfRectangle(2, 2, 142, 142));
        var only = OnePage(builder.Build(), out var document);
        using (document)
        {
            Assert.That(PageRenderer.IsOneImageOfThePage([.. only.GetImages()], only.CropBox.Bounds, 0), Is.True);
            Assert.That(PageRenderer.IsOneImageOfThePage([.. only.GetImages()], only.CropBox.Bounds, 3), Is.False, "with paths drawn over it");
        }
    }

    [Test]
    public void A_page_with_more_path_commands_than_its_bound_is_refused_in_one_line()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(144, 144);
        for (var i = 0; i < 50; i++)
        {
            page.DrawLine(new PdfPoint(0, i), new PdfPoint(144, i), 1);
        }

        var rendered = Render(OnePage(builder.Build(), out var document), 60, out var failure);
        using (document)
        {
            Assert.That(rendered, Is.Null);
            Assert.That(failure, Is.EqualTo("not rendered: 100 path commands (bound 60 per page)"));
        }
    }

    [Test]
    public void A_page_too_large_to_draw_at_100_dpi_is_refused_in_one_line()
    {
        var rendered = PageRenderer.Render(new PdfRectangle(0, 0, 14400, 14400), [], [], 1000, out var failure);
        Assert.That(rendered, Is.Null);
        Assert.That(failure, Is.EqualTo("not rendered: a page of 14400×14400 points is over 20 million pixels at 100 dpi"));
    }

    [Test]
    public void A_large_page_is_drawn_coarser_within_the_pixel_bound()
    {
        // A2 (1191 × 1684 points) at 200 dpi would be 15.5 million pixels; twice its width is over the bound.
        var rendered = PageRenderer.Render(new PdfRectangle(0, 0, 2382, 1684), [], [], 1000, out var failure);
        Assert.That(failure, Is.Null);
        Assert.That((long)rendered!.Pixels.Width * rendered.Pixels.Height, Is.LessThanOrEqualTo(PageRenderer.MaxPixels).And.GreaterThan(PageRenderer.MaxPixels * 0.99));
    }
}
