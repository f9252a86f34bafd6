using System.Diagnostics;
using System.Globalization;
using Extractor.Core.Documents;
using Extractor.Readers.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Extractor.Readers.Ocr;

/// <summary>
/// Reads a scanned PDF (pages that are images, no text layer) by OCR: each page's image decoded, levelled, its table
/// rules found in the pixels and its text lines read by <see cref="OcrEngine"/>; the characters become letters in PDF
/// points and go through the same layout code as a PDF's own letters (tables from rules, columns by alignment,
/// paragraphs). Each block's location carries the lowest confidence of the characters it holds.
/// </summary>
public static class OcrPdfReader
{
    public const string Format = "pdf-ocr";

    /// <summary>Pages scanned finer than this are scaled down first: more pixels add time, not accuracy.</summary>
    private const double WorkingDpi = 300;

    /// <returns>The blocks, a failure, or null when the PDF is not a scan (it has a text layer somewhere).</returns>
    public static ReadOutcome? Read(byte[] bytes, OcrBudget budget, PdfWorkBudget pdfBudget)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(pdfBudget);
        var clock = Stopwatch.StartNew();
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, PdfReader.Options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }

        using (document)
        {
            var pageCount = document.NumberOfPages;
            var pages = new List<PageLayout>();
            var confidences = new Dictionary<int, List<PageLetterConfidence>>();
            var notes = new List<string>();
            var skipped = new List<string>();
            string? stopped = null;
            var toRead = Math.Min(pageCount, budget.MaxPages);
            if (toRead < pageCount)
            {
                stopped = $"only the first {toRead} of {pageCount} pages were read by OCR (bound of {budget.MaxPages} pages)";
            }

            for (var number = 1; number <= toRead; number++)
            {
                if (clock.Elapsed.TotalSeconds > budget.MaxSeconds)
                {
                    stopped = string.Create(CultureInfo.InvariantCulture, $"OCR stopped before page {number} of {pageCount}: the bound of {budget.MaxSeconds:0.#} s per document was used up");
                    break;
                }

                Page page;
                try
                {
                    page = document.GetPage(number);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    skipped.Add($"page {number}: {e.Message.ReplaceLineEndings(" ")}");
                    continue;
                }

                if (page.Letters.Count > 0)
                {
                    return null;
                }

                var image = page.GetImages().MaxBy(i => i.BoundingBox.Width * i.BoundingBox.Height);
                if (image is null)
                {
                    skipped.Add($"page {number}: no image to read");
                    continue;
                }

                var engine = OcrEngine.Instance(out var failure);
                if (engine is null)
                {
                    return ReadOutcome.Failed(Format, $"scanned PDF: {failure}");
                }

                var pixels = PageImageDecoder.Decode(image, out var why);
                if (why is not null)
                {
                    skipped.Add($"page {number}: {why}");
                    continue;
                }

                var (layout, letters) = ReadPage(engine, number, page.Height, image.BoundingBox, pixels, pdfBudget);
                pages.Add(layout);
                confidences[number] = letters;
            }

            if (pages.Count == 0)
            {
                return ReadOutcome.Failed(Format, skipped.Count > 0
                    ? $"scanned PDF: no page could be read by OCR ({skipped[0]})"
                    : $"scanned PDF: {stopped ?? "no page could be read by OCR"}");
            }

            if (skipped.Count > 0)
            {
                notes.Add($"not read by OCR: {string.Join("; ", skipped.Take(3))}");
            }

            if (stopped is not null)
            {
                notes.Add(stopped);
            }

            var blocks = PdfBlockWriter.Write(PageFurniture.Remove(pages)).Select(b => WithConfidence(b, confidences)).ToList();
            return blocks.Count == 0
                ? ReadOutcome.Failed(Format, $"scanned PDF: OCR found no text on its {pageCount} pages")
                : ReadOutcome.Read(new DocumentContent(Format, blocks, notes, stopped));
        }
    }

    private readonly record struct PageLetterConfidence(double X, double Y, double Confidence);

    private static (PageLayout Layout, List<PageLetterConfidence> Letters) ReadPage(
        OcrEngine engine, int number, double pageHeight, UglyToad.PdfPig.Core.PdfRectangle bounds, GreyImage pixels, PdfWorkBudget pdfBudget)
    {
        var dpi = pixels.Width / Math.Max(1, bounds.Width / 72);
        if (dpi > WorkingDpi * 1.1)
        {
            var factor = WorkingDpi / dpi;
            pixels = pixels.Resize((int)(pixels.Width * factor), (int)(pixels.Height * factor));
            dpi = WorkingDpi;
        }

        var skew = SkewEstimator.Estimate(pixels);
        if (Math.Abs(skew) >= 0.1)
        {
            pixels = pixels.Rotate(skew, pixels.PaperLevel());
        }

        // Image pixels (top-left origin) to PDF points (bottom-left origin) over the image's placement on the page.
        var sx = bounds.Width / pixels.Width;
        var sy = bounds.Height / pixels.Height;
        double X(double x) => bounds.Left + (x * sx);
        double Y(double y) => bounds.Top - (y * sy);

        var lines = engine.Read(pixels);
        var letters = new List<PageLetter>();
        var confidences = new List<PageLetterConfidence>();
        foreach (var line in lines)
        {
            // The line's box is its ink and an eighth of it above and below: about the type size (measured: 0.9 em on a
            // title). A character is centred on the steps that read it and reaches half way to its neighbours, but no
            // further than half an em (0.35 em for Latin letters and digits, whose steps fall less evenly) from its
            // centre, so a word's letters touch as printed and a wide gap (between columns of a table without rules)
            // stays a gap.
            var centre = Y((line.Top + line.Bottom) / 2);
            var size = (line.Bottom - line.Top) * sy;
            var bottom = centre - (size / 2);
            // Spaces the model reads between Chinese characters and digits are not printed spaces; only the geometry
            // says where a gap is.
            var chars = line.Characters.Where(c => !string.IsNullOrWhiteSpace(c.Text)).ToList();
            for (var i = 0; i < chars.Count; i++)
            {
                var c = chars[i];
                var middle = X((c.Left + c.Right) / 2);
                var half = size * (c.Text[0] < 0x2E80 ? 0.35 : 0.5);
                var left = middle - half;
                var right = middle + half;
                if (i > 0)
                {
                    left = Math.Max(left, (middle + X((chars[i - 1].Left + chars[i - 1].Right) / 2)) / 2);
                }

                if (i + 1 < chars.Count)
                {
                    right = Math.Min(right, (middle + X((chars[i + 1].Left + chars[i + 1].Right) / 2)) / 2);
                }

                letters.Add(new PageLetter(c.Text, left, right, bottom, centre + (size / 2), bottom + (0.12 * size), size));
                confidences.Add(new PageLetterConfidence(middle, centre, c.Confidence));
            }
        }

        var rulings = ImageRulings.Find(pixels, dpi)
            .Select(r => r.Horizontal ? Ruling.Across(Y(r.Position), X(r.Start), X(r.End)) : Ruling.Down(X(r.Position), Y(r.Start), Y(r.End)))
            .ToList();
        var grids = TableFinder.Grids(rulings, pdfBudget.MaxRulingPairs) ?? [];
        return (PageLayoutBuilder.Build(number, pageHeight, letters, grids), confidences);
    }

    private static Block WithConfidence(Block block, Dictionary<int, List<PageLetterConfidence>> pages)
    {
        if (block.Location is not PageLocation at || !pages.TryGetValue(at.Page, out var letters))
        {
            return block;
        }

        var lowest = 1.0;
        foreach (var l in letters)
        {
            if (l.X >= at.Left - 0.5 && l.X <= at.Right + 0.5 && l.Y >= at.Bottom - 0.5 && l.Y <= at.Top + 0.5)
            {
                lowest = Math.Min(lowest, l.Confidence);
            }
        }

        return block with { Location = new OcrLocation(at.Page, at.Left, at.Bottom, at.Right, at.Top, lowest) };
    }
}
