using System.Globalization;

namespace Extractor.Output;

/// <summary>One row of documents.csv: a URL the crawl touched and what its visit found.</summary>
/// <param name="Status"><c>new</c>, <c>unchanged</c>, <c>changed</c>, <c>skipped</c>, <c>blocked</c> or <c>error</c>.</param>
/// <param name="FetchedAt">ISO 8601 UTC.</param>
/// <param name="ReportId">The report_id of the document the URL holds, empty for pages that are not documents.</param>
public sealed record CrawledDocument(
    string Url,
    string? Referrer,
    string Status,
    int? HttpStatus,
    string? ContentType,
    long? Bytes,
    string? Sha256,
    string FetchedAt,
    string? ReportId,
    string? Note);

/// <summary>documents.csv (crawl only): every URL the crawl touched.</summary>
public static class DocumentsFile
{
    public const string FileName = "documents.csv";

    public static IReadOnlyList<string> Header { get; } =
        ["url", "referrer", "status", "http_status", "content_type", "bytes", "sha256", "fetched_at", "report_id", "note"];

    public static CsvTable Table(IEnumerable<CrawledDocument> documents) => new(FileName, Header, documents.Select(Row));

    private static string[] Row(CrawledDocument d) =>
    [
        d.Url,
        CsvFieldText.Text(d.Referrer),
        d.Status,
        CsvFieldText.Number(d.HttpStatus),
        CsvFieldText.Text(d.ContentType),
        d.Bytes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        CsvFieldText.Text(d.Sha256),
        d.FetchedAt,
        CsvFieldText.Text(d.ReportId),
        CsvFieldText.Text(d.Note),
    ];
}
