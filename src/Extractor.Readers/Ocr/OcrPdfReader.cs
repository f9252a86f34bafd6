using System.Diagnostics;
using System.Globalization;
using Extractor.Core.Documents;
using Extractor.Readers.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Extractor.Readers.Ocr;

/// <summary>
/// Reads a scanned PDF (pages that are images, no text layer) by OCR: each page's image decoded, or the page drawn
/// (<see cref="PageRenderer"/>) where it is not one image (strips of a scan, text as outlines), levelled, its table
/// rules found in the pixels and its text lines read by <see cref="OcrEngine"/>; the characters become letters in PDF
/// points and go through the same layout code as a PDF's own letters (tables from rules, columns by alignment,
/// paragraphs). Each block read by OCR carries the lowest confidence of the characters it holds. In a PDF that mixes
/// pages with a text layer and pages without, the first are read from their letters as <see cref="PdfReader"/> reads
/// them, the others by OCR, in page order into one document (format <see cref="MixedFormat"/>).
/// </summary>
public static class OcrPdfReader
{
    /// <summary>Every page read was read by OCR.</summary>
    public const string Format = "pdf-ocr";

    /// <summary>Some pages read from their text layer, others by OCR.</summary>
    public const string MixedFormat = "pdf+ocr";

    /// <summary>Pages scanned finer than this are scaled down first: more pixels add time, not accuracy.</summary>
    private const double WorkingDpi = 300;

    /// <summary>Whether a report of this format holds values read by OCR (and so must be vetted).</summary>
    public static bool ReadByOcr(string format) => format is Format or MixedFormat;

    /// <returns>The blocks, a failure, or null when no page needs OCR (or OCR added nothing to a text layer).</returns>
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
            int pageCount;
            try
            {
                pageCount = document.NumberOfPages;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return null;
            }

            var pages = new List<PageLayout>();
            var confidences = new Dictionary<int, List<PageLetterConfidence>>();
            var garbage = new GarbageMeter();
            var notes = new List<string>();
            var skipped = new List<string>();
            var bounds = new List<string>();
            var overPages = new List<int>();
            var overTime = new List<int>();
            var ocrPages = 0;
            var textPages = 0;
            var toRead = Math.Min(pageCount, pdfBudget.MaxPages);
            if (toRead < pageCount)
            {
                bounds.Add($"only the first {toRead} of {pageCount} pages were read (bound of {pdfBudget.MaxPages} pages per PDF)");
            }

            for (var number = 1; number <= toRead; number++)
            {
                if (garbage.Letters > pdfBudget.MaxLetters)
                {
                    bounds.Add($"reading stopped before page {number} of {pageCount}: the bound of {pdfBudget.MaxLetters} letters per PDF was reached");
                    break;
                }

                var read = PdfPageReader.Read(document, number, pdfBudget, garbage);
                if (read.Failure is { } failure)
                {
                    skipped.Add($"page {number}: {failure}");
                    continue;
                }

                if (read.Note is { } note)
                {
                    notes.Add(note);
                    if (read.SkippedByBound)
                    {
                        bounds.Add(note);
                    }
                }

                // A picture page's stamped letters (a page number, a watermark) are left for the picture's own print.
                var page = read.ImageOnly ? document.GetPage(number) : null;
                if (page is null)
                {
                    textPages += read.Layout!.Items.Count > 0 ? 1 : 0;
                    pages.Add(read.Layout!);
                    continue;
                }

                // The bounds of OCR apply to the pages read by OCR; pages with a text layer after them are still read.
                if (ocrPages >= budget.MaxPages)
                {
                    overPages.Add(number);
                    continue;
                }

                if (clock.Elapsed.TotalSeconds > budget.MaxSeconds)
                {
                    overTime.Add(number);
                    continue;
                }

                ocrPages++;
                var pixels = PagePixels(page, pdfBudget, out var why);
                if (pixels is null)
                {
                    skipped.Add($"page {number} {why}");
                    continue;
                }

                var engine = OcrEngine.Instance(out var missing);
                if (engine is null)
                {
                    return textPages > 0 ? null : ReadOutcome.Failed(Format, $"scanned PDF: {missing}");
                }

                var (layout, letters) = ReadPage(engine, number, page.Height, pixels.Bounds, pixels.Pixels, pdfBudget);
                pages.Add(layout);
                confidences[number] = letters;
            }

            if (overPages.Count > 0)
            {
                bounds.Add($"{Pages(overPages)} not read by OCR: the bound of {budget.MaxPages} pages per document was reached");
            }

            if (overTime.Count > 0)
            {
                bounds.Add(string.Create(CultureInfo.InvariantCulture, $"{Pages(overTime)} not read by OCR: the bound of {budget.MaxSeconds:0.#} s per document was used up"));
            }

            if (ocrPages == 0 && bounds.Count == 0)
            {
                return null;
            }

            if (garbage.TooMuch)
            {
                return textPages > 0 ? null : ReadOutcome.Failed(Format, $"unreadable text layer: {garbage.Describe()}");
            }

            // A text report's stamp, logo or ruled blank page read by OCR to nothing leaves the text layer as it was.
            if (confidences.Count == 0 || (textPages > 0 && confidences.Values.All(l => l.Count == 0)))
            {
                // OCR read nothing: a text layer stands as the PDF reader read it, with its note on the pages it lacks.
                return textPages > 0 ? null : ReadOutcome.Failed(Format, skipped.Count > 0
                    ? $"scanned PDF: no page could be read by OCR ({skipped[0]})"
                    : $"scanned PDF: {(bounds.Count > 0 ? bounds[0] : "no page could be read by OCR")}");
            }

            var format = textPages > 0 ? MixedFormat : Format;
            if (format == MixedFormat)
            {
                notes.Add($"{Pages([.. confidences.Keys])} read by OCR, the others from their text layer");
            }

            if (skipped.Count > 0)
            {
                notes.Add($"not read: {string.Join("; ", skipped.Take(3))}");
            }

            notes.AddRange(bounds);
            var blocks = PdfBlockWriter.Write(PageFurniture.Remove(pages), (a, b) => confidences.ContainsKey(a) == confidences.ContainsKey(b))
                .Select(b => WithConfidence(b, confidences)).ToList();
            var stopped = bounds.Count > 0 ? string.Join("; ", bounds) : null;
            return blocks.Count == 0
                ? ReadOutcome.Failed(format, $"scanned PDF: OCR found no text on its {pageCount} pages")
                : ReadOutcome.Read(new DocumentContent(format, blocks, notes, stopped) { StoppedBy = stopped });
        }
    }

    private static string Pages(List<int> pages) => pages.Count switch
    {
        1 => $"page {pages[0]}",
        <= 5 => $"pages {string.Join(", ", pages)}",
        _ => $"pages {pages[0]}-{pages[^1]} ({pages.Count} pages)",
    };

    /// <summary>
    /// The page's pixels: its one image where the page is a scan stored whole, else the page drawn; or why neither.
    /// </summary>
    private static RenderedPage? PagePixels(Page page, PdfWorkBudget pdfBudget, out string? failure)
    {
        failure = null;
        List<IPdfImage> images;
        try
        {
            images = [.. page.GetImages()];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failure = $"not read: its images cannot be listed ({e.Message.ReplaceLineEndings(" ")})";
            return null;
        }

        var paths = page.Paths.Where(p => !p.IsClipping && (p.IsFilled || p.IsStroked)).ToList();
        var box = page.CropBox.Bounds;
        if (PageRenderer.IsOneImageOfThePage(images, box, paths.Count))
        {
            var pixels = PageImageDecoder.Decode(images[0], out var why);
            if (why is not null)
            {
                failure = $"not read: {why}";
                return null;
            }

            return new RenderedPage(pixels, images[0].BoundingBox);
        }

        return PageRenderer.Render(box, images, paths, pdfBudget.MaxPathCommandsPerPage, out failure);
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

        var found = ImageRulings.Find(pixels, dpi);
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

        var rulings = found
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
