using Extractor.Core.Reports;

namespace Extractor.Readers;

/// <summary>
/// Turns one document's bytes into its report. The in-process <see cref="DocumentProcessor"/> is one; a pool of
/// supervised reader processes is another, for runs that must survive documents that crash or hang a reader.
/// </summary>
public interface IDocumentParser
{
    /// <param name="bytes">The document as stored or downloaded.</param>
    /// <param name="source">URL or path, as written to the <c>source</c> column.</param>
    /// <param name="contentType">The HTTP Content-Type where known (its charset is used for HTML).</param>
    ReportResult Parse(byte[] bytes, string source, string? contentType);
}
