using Extractor.Crawler.Discovery;

namespace Extractor.Crawler.State;

/// <summary>What a sources CSV row says about everything found under its seed; inherited by every link found.</summary>
public sealed record SourceInfo(string? Agency, string? RegionCode, string? Level, string? Years)
{
    public static SourceInfo None { get; } = new(null, null, null, null);

    public static SourceInfo Of(Seed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return new(seed.Agency, seed.RegionCode, seed.Level, seed.Years?.ToString());
    }
}

/// <summary>A URL to visit in this run.</summary>
public sealed record NewUrl(Uri Url, LinkRole Role, int Depth, string? Referrer, SourceInfo Source);

/// <summary>A URL queued in the state, in the order it was queued.</summary>
public sealed record QueuedUrl(long Sequence, Uri Url, string Authority, LinkRole Role, int Depth, string? Referrer, SourceInfo Source);

/// <summary>The copy of a URL kept from earlier visits, for conditional requests and change detection.</summary>
public sealed record KeptContent(string Sha256, string? ContentType, long Bytes, string? ETag, string? LastModified, bool IsDocument);

/// <summary>New content for a URL: the body just kept, or the validators of a 304.</summary>
public sealed record ContentUpdate(string Sha256, string? ContentType, long Bytes, string? ETag, string? LastModified, bool IsDocument);

/// <summary>One visit of a URL, committed with the URLs it led to.</summary>
/// <param name="ContentType">What documents.csv shows: the content's type, or the block or error page's.</param>
/// <param name="Content">Set when the URL's kept copy changes or is confirmed; null keeps the previous copy.</param>
public sealed record Visit(
    Uri Url,
    VisitStatus Status,
    int? HttpStatus,
    string? ContentType,
    long? Bytes,
    DateTimeOffset FetchedAt,
    string? Note,
    ContentUpdate? Content,
    string? ParserVersion);

/// <summary>A row of documents.csv as the state holds it.</summary>
public sealed record VisitRow(
    string Url,
    string? Referrer,
    VisitStatus Status,
    int? HttpStatus,
    string? ContentType,
    long? Bytes,
    string? Sha256,
    string FetchedAt,
    bool IsDocument,
    string? Note,
    string Authority);

/// <summary>A URL whose kept copy is a document, for reports.csv.</summary>
public sealed record DocumentUrl(string Url, string Sha256, string? ContentType, SourceInfo Source);

/// <summary>A run of the crawl; a killed one is resumed by the next invocation with the same seeds.</summary>
public sealed record CrawlRunInfo(long Id, bool Resumed);
