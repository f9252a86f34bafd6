using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Extractor.Readers.Pdf;

/// <summary>One page read within the work budget: its layout, or why it could not be read.</summary>
/// <param name="ImageOnly">
/// The page is a picture for OCR: it has no letters but draws images or paths (a scan, text as outlines), or its only
/// letters are a few stamped over images that cover most of it (a page number or watermark a portal adds to a scan) or
/// are invisible over them (another program's OCR).
/// </param>
/// <param name="SkippedByBound">The page was not read at all because it is over a bound (the note says which).</param>
public sealed record PdfPageResult(PageLayout? Layout, string? Failure, string? Note, bool ImageOnly, bool SkippedByBound = false);

/// <summary>
/// Reads one page: letters (repaired, garbage counted), rulings, tables and text lines. A page over a bound is
/// skipped or read without its rulings, and the result says so.
/// </summary>
public static class PdfPageReader
{
    public static PdfPageResult Read(PdfDocument document, int number, PdfWorkBudget budget, GarbageMeter garbage)
    {
        Page page;
        try
        {
            page = document.GetPage(number);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new PdfPageResult(null, e.Message.ReplaceLineEndings(" ").Trim(), null, false);
        }

        var height = page.Height;
        if (page.Letters.Count > budget.MaxLettersPerPage)
        {
            var skipped = string.Create(CultureInfo.InvariantCulture, $"page {number} skipped: {page.Letters.Count} letters (bound {budget.MaxLettersPerPage} per page)");
            return new PdfPageResult(new PageLayout(number, height, []), null, skipped, false, SkippedByBound: true);
        }

        var letters = PdfLetters.Convert(page.Letters, garbage);
        if (letters.Count == 0)
        {
            // Letters without a usable Unicode value are a text layer all the same: nothing OCR could add, since
            // drawing the page draws its images and paths, not its glyphs.
            return new PdfPageResult(new PageLayout(number, height, []), null, null, page.Letters.Count == 0 && HasInk(page));
        }

        var picture = ScanWithTextLayer.Is(page, letters.Count);

        string? note = null;
        var rulings = RulingExtractor.Extract(page.Paths, budget.MaxPathCommandsPerPage);
        List<PdfTableGrid>? grids = null;
        if (rulings is null)
        {
            note = string.Create(CultureInfo.InvariantCulture, $"page {number} draws more than {budget.MaxPathCommandsPerPage} path commands: its tables were read without their rulings");
        }
        else
        {
            grids = TableFinder.Grids(rulings, budget.MaxRulingPairs);
            if (grids is null)
            {
                note = $"page {number} has too many rules to cluster into tables: its tables were read without their rulings";
            }
        }

        return new PdfPageResult(PageLayoutBuilder.Build(number, height, letters, grids ?? []), null, note, picture);
    }

    /// <summary>Whether the page draws anything: images, or paths in a colour other than white (a browser's page background).</summary>
    private static bool HasInk(Page page)
    {
        try
        {
            return page.NumberOfImages > 0 || page.Paths.Any(p => !p.IsClipping && ((p.IsFilled && !RulingExtractor.IsWhite(p.FillColor)) || (p.IsStroked && !RulingExtractor.IsWhite(p.StrokeColor))));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }
}
