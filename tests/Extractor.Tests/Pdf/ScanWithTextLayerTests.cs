using Extractor.Readers.Pdf;
using Extractor.Tests.Ocr;
using UglyToad.PdfPig;

namespace Extractor.Tests.Pdf;

/// <summary>A scan with a stamp or another program's invisible OCR on it as text is still a picture for OCR.</summary>
public class ScanWithTextLayerTests
{
    private const string FullPageImage = "q 595 0 0 842 0 0 cm /Im1 Do Q\n";

    private static string Text(string text, double y = 20) => FormattableString.Invariant($"BT /F1 10 Tf 280 {y} Td ({text}) Tj ET\n");

    private static bool IsPicture(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return PdfPageReader.Read(document, 1, PdfWorkBudget.Default, new GarbageMeter()).ImageOnly;
    }

    [Test]
    public void A_page_number_stamped_over_a_full_page_image_leaves_the_page_a_picture()
    {
        Assert.That(IsPicture(HandWrittenPdf.OnePage(FullPageImage + Text("- 1 -"), images: HandWrittenPdf.GreyImage(20, 28))), Is.True);
    }

    [Test]
    public void A_page_of_text_over_a_full_page_image_is_a_text_page()
    {
        // A letterhead or paper texture under a page of report text: the text is the report.
        var content = FullPageImage + string.Concat(Enumerable.Range(0, 10).Select(i => Text("Line of report text number " + i, 700 - (20 * i))));
        Assert.That(IsPicture(HandWrittenPdf.OnePage(content, images: HandWrittenPdf.GreyImage(20, 28))), Is.False);
    }

    [Test]
    public void A_few_letters_beside_a_small_image_are_a_text_page()
    {
        var content = "q 200 0 0 100 50 600 cm /Im1 Do Q\n" + Text("Figure 1");
        Assert.That(IsPicture(HandWrittenPdf.OnePage(content, images: HandWrittenPdf.GreyImage(20, 10))), Is.False);
    }

    [Test]
    public void A_page_of_invisible_text_over_a_full_page_image_is_a_picture()
    {
        // A searchable scan: another program's OCR laid under the picture in text render mode 3 (neither filled nor
        // stroked).
        var content = FullPageImage + "3 Tr\n" + string.Concat(Enumerable.Range(0, 10).Select(i => Text("Line of report text number " + i, 700 - (20 * i))));
        Assert.That(IsPicture(HandWrittenPdf.OnePage(content, images: HandWrittenPdf.GreyImage(20, 28))), Is.True);
    }

    [Test]
    public void A_page_of_invisible_text_without_an_image_is_a_text_page()
    {
        var content = "3 Tr\n" + string.Concat(Enumerable.Range(0, 10).Select(i => Text("Line of report text number " + i, 700 - (20 * i))));
        Assert.That(IsPicture(HandWrittenPdf.OnePage(content)), Is.False);
    }

    [Test]
    public void A_few_letters_without_any_image_are_a_text_page()
    {
        Assert.That(IsPicture(HandWrittenPdf.OnePage(Text("- 1 -"))), Is.False);
    }

    [Test]
    public void More_letters_than_a_stamp_make_a_text_page_whatever_lies_under_them()
    {
        // Just over the limit of stamped letters: the page is text, whatever lies under it.
        var letters = new string('a', ScanWithTextLayer.MaxStampLetters + 1);
        Assert.That(IsPicture(HandWrittenPdf.OnePage(FullPageImage + Text(letters), images: HandWrittenPdf.GreyImage(20, 28))), Is.False);
    }
}
