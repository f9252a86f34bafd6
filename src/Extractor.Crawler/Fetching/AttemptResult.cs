namespace Extractor.Crawler.Fetching;

/// <summary>What one HTTP request gave, before retries and redirects are decided.</summary>
public enum AttemptKind
{
    /// <summary>2xx, the body streamed whole to a file.</summary>
    Body,

    /// <summary>304: the kept copy is current.</summary>
    NotModified,

    /// <summary>3xx with a Location.</summary>
    Redirect,

    /// <summary>2xx with a body over the limit; nothing kept.</summary>
    TooLarge,

    /// <summary>Any other status; a sample of the body is kept to recognise challenge pages.</summary>
    Status,
}

/// <param name="BodyPath">For <see cref="AttemptKind.Body"/>: the incoming file, to be kept or deleted by the caller.</param>
/// <param name="Head">The first bytes of the body (sniffing), or a sample of an error page.</param>
/// <param name="RetryAfter">The server's Retry-After, for 429 and 503.</param>
public sealed record AttemptResult(
    AttemptKind Kind,
    int Status,
    string? ContentType,
    string? BodyPath = null,
    string? Sha256 = null,
    long Bytes = 0,
    byte[]? Head = null,
    string? ETag = null,
    string? LastModified = null,
    Uri? Location = null,
    TimeSpan? RetryAfter = null);
