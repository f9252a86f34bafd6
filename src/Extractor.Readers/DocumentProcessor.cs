using System.Globalization;
using Extractor.Core.Documents;
using Extractor.Core.Recognition;
using Extractor.Core.Reports;
using Extractor.Readers.Doc;
using Extractor.Readers.Docx;
using Extractor.Readers.Html;
using Extractor.Readers.Ocr;
using Extractor.Readers.Pdf;
using Extractor.Readers.Text;

namespace Extractor.Readers;

/// <summary>Reads one document's bytes end to end: sniff the format, read blocks, recognise, normalise, check.</summary>
public sealed class DocumentProcessor(ProcessingLimits? limits = null) : IDocumentParser
{
    private readonly ProcessingLimits limits = limits ?? ProcessingLimits.Default;

    /// <param name="bytes">The document as stored or downloaded.</param>
    /// <param name="source">URL or path, as written to the <c>source</c> column.</param>
    /// <param name="contentType">The HTTP Content-Type where known (its charset is used for HTML).</param>
    public ReportResult Process(byte[] bytes, string source, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var id = ReportIdentity.Of(bytes);
        var format = FormatSniffer.Sniff(bytes, source);
        var formatName = format.ToCsv(source);
        if (bytes.Length == 0)
        {
            return ReportResult.Failed(id, source, formatName, "empty file (0 bytes)");
        }

        var max = limits.MaxBytes(format);
        if (bytes.Length > max)
        {
            return ReportResult.Failed(id, source, formatName, string.Create(
                CultureInfo.InvariantCulture,
                $"too large for a {formatName} report: {bytes.Length / 1048576.0:0.0} MB (limit {max / 1048576.0:0} MB)"));
        }

        // A ZIP is named by what it turned out to hold: a DOCX served as download.jsp?id=3 is still a DOCX.
        var outcome = Read(format, bytes, contentType, source);
        if (format == DocumentFormat.OfficeZip && outcome.Format == DocxReader.Format)
        {
            formatName = DocxReader.Format;
        }

        // A PDF without a text layer is read by OCR where that is on, and so are the pages without one in a PDF that
        // mixes them with text pages; a PDF whose every page has letters is left as it was.
        if (format == DocumentFormat.Pdf && limits.Ocr && (outcome.Content is null || outcome.Content.PagesWithoutText.Count > 0)
            && OcrPdfReader.Read(bytes, limits.OcrWork, limits.PdfWork) is { } scanned)
        {
            outcome = scanned;
            formatName = scanned.Format;
        }

        if (outcome.Content is null)
        {
            return ReportResult.Failed(id, source, formatName, outcome.Failure ?? "unreadable");
        }

        var recognised = Recogniser.Recognise(outcome.Content);
        if (OcrPdfReader.ReadByOcr(formatName))
        {
            recognised = OcrVetting.Vet(recognised, limits.OcrWork.MinConfidence, limits.OcrWork.UnconfirmedConfidence);
        }

        var report = ReportAssembly.Assemble(id, source, formatName, recognised);
        return outcome.Content.StoppedBy is { } bound ? ReaderBound.Named(report, bound) : report;
    }

    public ReportResult Parse(byte[] bytes, string source, string? contentType) => Process(bytes, source, contentType);

    private ReadOutcome Read(DocumentFormat format, byte[] bytes, string? contentType, string source)
    {
        return format switch
        {
            DocumentFormat.Text => PlainTextReader.Read(bytes),
            DocumentFormat.Html => HtmlReader.Read(bytes, contentType),
            DocumentFormat.Pdf => PdfReader.Read(bytes, limits.PdfWork),
            DocumentFormat.OfficeZip => DocxReader.Read(bytes),
            DocumentFormat.OfficeLegacy => DocReader.Read(bytes, format.ToCsv(source)),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }
}
