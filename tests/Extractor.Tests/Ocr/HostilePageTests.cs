using System.Diagnostics;
using System.Text;
using Extractor.Core.Reports;
using Extractor.Readers;
using Extractor.Readers.Pdf;

namespace Extractor.Tests.Ocr;

/// <summary>A page without letters that would cost OCR unbounded work is refused in one line, quickly.</summary>
public class HostilePageTests
{
    /// <summary>An image dictionary claiming a size its few bytes of data do not have.</summary>
    private static string ClaimedImage(int width, int height) =>
        $"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\0\0\0\0\nendstream";

    private static (ReportResult Result, TimeSpan Took) Process(byte[] pdf, ProcessingLimits? limits = null)
    {
        var clock = Stopwatch.StartNew();
        var result = new DocumentProcessor(limits).Process(pdf, "hostile.pdf");
        return (result, clock.Elapsed);
    }

    [Test]
    public void A_page_of_a_million_path_segments_is_refused_by_its_command_count()
    {
        var content = new StringBuilder();
        for (var i = 0; i < 500_000; i++)
        {
            content.Append("10 10 m 20 20 l\n");
        }

        content.Append("S\n");
        var (result, took) = Process(HandWrittenPdf.OnePage(content.ToString()));

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(result.Error, Is.EqualTo($"scanned PDF: no page could be read by OCR (page 1 not rendered: 1000000 path commands (bound {PdfWorkBudget.Default.MaxPathCommandsPerPage} per page))"));
            Assert.That(took, Is.LessThan(TimeSpan.FromSeconds(60)));
        });
    }

    [Test]
    public void A_page_drawing_more_than_its_bound_is_refused_under_a_lower_bound()
    {
        var content = string.Concat(Enumerable.Repeat("10 10 m 20 20 l\n", 600)) + "S\n";
        var limits = ProcessingLimits.Default with { PdfWork = PdfWorkBudget.Default with { MaxPathCommandsPerPage = 1000 } };

        var (result, _) = Process(HandWrittenPdf.OnePage(content), limits);

        Assert.That(result.Error, Is.EqualTo("scanned PDF: no page could be read by OCR (page 1 not rendered: 1200 path commands (bound 1000 per page))"));
    }

    [Test]
    public void A_scan_claiming_huge_dimensions_is_refused_before_it_is_decoded()
    {
        var (result, took) = Process(HandWrittenPdf.OnePage("q 595 0 0 842 0 0 cm /Im1 Do Q", images: ClaimedImage(100_000, 100_000)));

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo("scanned PDF: no page could be read by OCR (page 1 not read: image of 100000×100000 pixels (bound 80 million))"));
            Assert.That(took, Is.LessThan(TimeSpan.FromSeconds(30)));
        });
    }

    [Test]
    public void Strips_claiming_huge_dimensions_are_refused_before_any_is_decoded()
    {
        var content = "q 595 0 0 421 0 421 cm /Im1 Do Q q 595 0 0 421 0 0 cm /Im2 Do Q";
        var (result, _) = Process(HandWrittenPdf.OnePage(content, images: [ClaimedImage(20_000, 10_000), ClaimedImage(20_000, 10_000)]));

        Assert.That(result.Error, Is.EqualTo("scanned PDF: no page could be read by OCR (page 1 not rendered: images of 400 million pixels in all (bound 320 million per page))"));
    }

    [Test]
    public void A_page_too_large_to_render_is_refused_in_one_line()
    {
        var (result, _) = Process(HandWrittenPdf.OnePage("0 0 m 100 100 l S", width: 14400, height: 14400));

        Assert.That(result.Error, Is.EqualTo("scanned PDF: no page could be read by OCR (page 1 not rendered: a page of 14400×14400 points is over 20 million pixels at 100 dpi)"));
    }

    [Test]
    public void A_page_painted_only_white_is_not_sent_to_ocr_and_one_with_black_paint_is()
    {
        using var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();

        // A browser paints every page white first; a page that is only that draws nothing to read.
        var blank = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        blank.SetTextAndFillColor(255, 255, 255);
        blank.SetStrokeColor(255, 255, 255);
        blank.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(0, 0), 595, 842, 1, fill: true);
        var drawn = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        drawn.SetTextAndFillColor(0, 0, 0);
        drawn.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(100, 100), 20, 20, 1, fill: true);
        using var document = UglyToad.PdfPig.PdfDocument.Open(builder.Build());

        var pages = new[] { 1, 2 }.Select(n => PdfPageReader.Read(document, n, PdfWorkBudget.Default, new GarbageMeter()).ImageOnly);

        Assert.That(pages, Is.EqualTo(new[] { false, true }));
    }
}
