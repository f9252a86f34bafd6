using System.Diagnostics;
using System.Globalization;
using Extractor.Core.Documents;
using Extractor.Core.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Extractor.Readers.Pdf;

/// <summary>
/// Reads a PDF report into blocks with PdfPig: letters and ruling geometry per page, tables rebuilt from their rules
/// (and joined across page breaks), running text as lines and paragraphs. Says precisely why a document cannot be
/// read (a scan, encrypted, cut off, corrupt, an unmapped font) and stops within <see cref="PdfWorkBudget"/>.
/// </summary>
public static class PdfReader
{
    public const string Format = "pdf";

    /// <summary>
    /// How documents are opened: leniently (real reports carry broken xref tables) and without failing on a missing
    /// font, whose letters then count as garbage instead of losing the whole page.
    /// </summary>
    public static ParsingOptions Options => new() { UseLenientParsing = true, SkipMissingFonts = true };

    public static ReadOutcome Read(byte[] bytes, PdfWorkBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        budget ??= PdfWorkBudget.Default;
        var clock = Stopwatch.StartNew();
        var cutOff = !EndsWithEof(bytes);

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, Options);
        }
        catch (PdfDocumentEncryptedException e)
        {
            return Failed($"encrypted PDF: it cannot be opened without a password ({OneLine(e.Message)})");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(cutOff
                ? $"truncated PDF: the file ends after {bytes.Length} bytes without %%EOF and cannot be opened ({OneLine(e.Message)})"
                : $"corrupt PDF: cannot be opened ({OneLine(e.Message)})");
        }

        using (document)
        {
            return ReadPages(document, bytes.Length, cutOff, budget, clock);
        }
    }

    private static ReadOutcome ReadPages(PdfDocument document, int length, bool cutOff, PdfWorkBudget budget, Stopwatch clock)
    {
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed($"corrupt PDF: its page tree cannot be read ({OneLine(e.Message)})");
        }

        if (pageCount == 0)
        {
            return Failed(cutOff ? $"truncated PDF: no page survives in its {length} bytes" : "corrupt PDF: it has no pages");
        }

        var garbage = new GarbageMeter();
        var pages = new List<PageLayout>();
        var notes = new List<string>();
        var unreadable = new List<(int Page, string Why)>();
        var imageOnly = new List<int>();
        var skipped = new List<string>();
        string? stopped = null;
        var toRead = Math.Min(pageCount, budget.MaxPages);
        if (toRead < pageCount)
        {
            stopped = $"only the first {toRead} of {pageCount} pages were read (bound of {budget.MaxPages} pages per PDF)";
        }

        for (var number = 1; number <= toRead; number++)
        {
            if (clock.Elapsed.TotalSeconds > budget.MaxSeconds)
            {
                stopped = string.Create(CultureInfo.InvariantCulture, $"reading stopped before page {number} of {pageCount}: the bound of {budget.MaxSeconds:0.#} s per PDF was used up");
                break;
            }

            if (garbage.Letters > budget.MaxLetters)
            {
                stopped = $"reading stopped before page {number} of {pageCount}: the bound of {budget.MaxLetters} letters per PDF was reached";
                break;
            }

            var page = PdfPageReader.Read(document, number, budget, garbage);
            if (page.Failure is { } why)
            {
                unreadable.Add((number, why));
                continue;
            }

            if (page.Note is { } note)
            {
                notes.Add(note);
                if (page.SkippedByBound)
                {
                    skipped.Add(note);
                }
            }

            if (page.ImageOnly)
            {
                imageOnly.Add(number);
            }

            pages.Add(page.Layout!);
        }

        if (pages.Count == 0 && unreadable.Count > 0)
        {
            var first = unreadable[0];
            return Failed(cutOff
                ? $"truncated PDF: the file ends after {length} bytes without %%EOF and none of its {pageCount} pages can be read (page {first.Page}: {first.Why})"
                : $"corrupt PDF: none of its {pageCount} pages can be read (page {first.Page}: {first.Why})");
        }

        if (garbage.Letters == 0 && stopped is not null)
        {
            return Failed(stopped);
        }

        if (garbage.Letters == 0)
        {
            return Failed(imageOnly.Count > 0
                ? $"scanned PDF: no text layer, {pageCount} pages"
                : $"PDF without text: no letters and nothing drawn on its {pageCount} pages");
        }

        // Every page a scan with a stamp on it: the stamps are not the report. (Another program's invisible OCR layer
        // is more than stamps: without OCR of our own it is read, as the best there is.)
        if (imageOnly.Count == pageCount && pages.Count == pageCount && garbage.Letters <= (long)ScanWithTextLayer.MaxStampLetters * pageCount)
        {
            return Failed(string.Create(CultureInfo.InvariantCulture, $"scanned PDF: no text layer, {pageCount} pages (only {garbage.Letters} letters stamped over their images)"));
        }

        if (garbage.TooMuch)
        {
            return Failed($"unreadable text layer: {garbage.Describe()}");
        }

        if (garbage.Garbage > 0)
        {
            notes.Add($"{garbage.Garbage} of {garbage.Letters} letters had no usable Unicode value and were left out");
        }

        if (imageOnly.Count > 0)
        {
            notes.Add($"page(s) {Pages(imageOnly)} are scans or drawings: no text layer, or only a stamp or an invisible OCR layer over the picture");
        }

        if (unreadable.Count > 0)
        {
            notes.Add($"page(s) {Pages([.. unreadable.Select(u => u.Page)])} could not be read: {unreadable[0].Why}");
        }

        var truncation = stopped
            ?? (cutOff && unreadable.Count > 0 ? $"the PDF file is cut off (no %%EOF after {length} bytes) and page(s) {Pages([.. unreadable.Select(u => u.Page)])} cannot be read" : null);
        if (stopped is not null)
        {
            notes.Add(stopped);
        }
        else if (cutOff && truncation is null)
        {
            notes.Add("the PDF file has no %%EOF at its end, but every page could be read");
        }

        var blocks = PdfBlockWriter.Write(PageFurniture.Remove(pages));
        if (blocks.Count == 0)
        {
            return Failed($"PDF without readable text on its {pageCount} pages");
        }

        // A page skipped for its size was not read either: the report may be on it.
        var bounds = stopped is null ? skipped : [stopped, .. skipped];
        return ReadOutcome.Read(new DocumentContent(Format, blocks, notes, truncation) { StoppedBy = bounds.Count == 0 ? null : string.Join("; ", bounds), PagesWithoutText = imageOnly });
    }

    private static bool EndsWithEof(byte[] bytes)
    {
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 1024));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    private static string Pages(IReadOnlyList<int> pages) =>
        pages.Count <= 5 ? string.Join(", ", pages) : $"{pages[0]}-{pages[^1]} ({pages.Count} pages)";

    private static string OneLine(string message) => Excerpt.Of(Excerpt.OneLine(message), 160);

    private static ReadOutcome Failed(string reason) => ReadOutcome.Failed(Format, reason);
}
