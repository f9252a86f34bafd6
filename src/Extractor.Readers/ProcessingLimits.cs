using Extractor.Readers.Ocr;
using Extractor.Readers.Pdf;

namespace Extractor.Readers;

/// <summary>
/// Bounds on one document, so a single pathological file cannot stall a run of thousands. A real report's text is
/// well under 1 MB; its page under 2 MB; its PDF rarely above 50 MB; its DOCX, images included, rarely above 20 MB.
/// </summary>
public sealed record ProcessingLimits(
    long MaxTextBytes = 20L << 20,
    long MaxHtmlBytes = 20L << 20,
    long MaxPdfBytes = 200L << 20,
    long MaxDocxBytes = 100L << 20)
{
    public static ProcessingLimits Default { get; } = new();

    /// <summary>Bounds on the work of reading one PDF (pages, letters, rules, time).</summary>
    public PdfWorkBudget PdfWork { get; init; } = PdfWorkBudget.Default;

    /// <summary>Whether a PDF without a text layer is read by OCR (<c>--no-ocr</c> turns it off).</summary>
    public bool Ocr { get; init; } = true;

    /// <summary>Bounds on OCR of one scanned document (pages, time) and the confidence a value needs.</summary>
    public OcrBudget OcrWork { get; init; } = OcrBudget.Default;

    /// <summary>The largest document of any format; a file above it is not even loaded.</summary>
    public long LargestAccepted => Math.Max(Math.Max(MaxTextBytes, MaxHtmlBytes), Math.Max(MaxPdfBytes, MaxDocxBytes));

    public long MaxBytes(DocumentFormat format) => format switch
    {
        DocumentFormat.Html => MaxHtmlBytes,
        DocumentFormat.Pdf => MaxPdfBytes,
        DocumentFormat.OfficeZip or DocumentFormat.OfficeLegacy => MaxDocxBytes,
        _ => MaxTextBytes,
    };
}
