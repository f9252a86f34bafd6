using Extractor.Core.Reports;

namespace Extractor.Readers;

/// <summary>Reads one document's bytes end to end: sniff the format, read blocks, recognise, normalise, check.</summary>
public sealed class DocumentProcessor
{
    /// <param name="source">URL or path, as written to the <c>source</c> column.</param>
    /// <param name="contentType">The HTTP Content-Type where known (its charset is used for HTML).</param>
    public ReportResult Process(byte[] bytes, string source, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return ReportResult.Failed(ReportIdentity.Of(bytes), source, "txt", "not implemented yet");
    }
}
