namespace Extractor.Readers.Ocr;

/// <summary>Bounds on OCR of one document: a scanned report is 3-30 pages, read at about a page a second.</summary>
/// <param name="MaxPages">Pages read; later pages are left out and the document is marked cut short.</param>
/// <param name="MaxSeconds">Wall-clock time for the whole document, checked between pages.</param>
/// <param name="MinConfidence">A value whose characters the model is less sure of than this is left out.</param>
/// <param name="UnconfirmedConfidence">A value that no passing identity confirms needs at least this confidence.</param>
public sealed record OcrBudget(int MaxPages = 60, double MaxSeconds = 180, double MinConfidence = 0.6, double UnconfirmedConfidence = 0.95)
{
    public static OcrBudget Default { get; } = new();
}
