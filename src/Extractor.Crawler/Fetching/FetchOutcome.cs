namespace Extractor.Crawler.Fetching;

/// <summary>How the fetch of one URL ended, redirects and retries done.</summary>
public enum FetchKind
{
    Body,
    NotModified,
    Blocked,
    Skipped,
    Error,
}

/// <param name="FinalUrl">Where the redirects led (the URL itself when there were none).</param>
/// <param name="BodyPath">For <see cref="FetchKind.Body"/>: the incoming file, to be kept or deleted by the caller.</param>
/// <param name="Note">One line for documents.csv: why it was skipped, blocked or failed; redirects taken.</param>
public sealed record FetchOutcome(
    FetchKind Kind,
    Uri FinalUrl,
    int? HttpStatus,
    string? ContentType,
    string? Note,
    string? BodyPath = null,
    string? Sha256 = null,
    long Bytes = 0,
    byte[]? Head = null,
    string? ETag = null,
    string? LastModified = null);
