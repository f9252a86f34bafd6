using System.Collections.Concurrent;
using System.Security.Cryptography;
using Extractor.Crawler.Engine;
using Extractor.Crawler.Fetching;
using Extractor.Crawler.State;

namespace Extractor.Crawler.Politeness;

/// <summary>
/// robots.txt per host, fetched once (through the host's own gate) and trusted for a day, kept in the state so a
/// resumed or nightly run does not ask again. RFC 9309 §2.3.1: a 4xx answer allows everything, a 5xx or network
/// failure disallows everything for now. A Crawl-delay raises the host's gap.
/// </summary>
/// <remarks>Each fetch is recorded in the run's documents.csv rows, since the contract lists every URL a crawl touches.</remarks>
public sealed class RobotsPolicy(CrawlOptions options, CrawlState state, HostPipelines pipelines, CrawlLog log, long runId)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> rules = new(StringComparer.Ordinal);

    /// <summary>Fetches robots.txt; supplied by the downloader, which knows how to follow its redirects.</summary>
    public Func<Uri, CancellationToken, Task<FetchOutcome>>? Fetch { get; set; }

    /// <summary>Null when the URL may be fetched, else the note saying why not.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var authority = url.Authority.ToLowerInvariant();
        var lazy = rules.GetOrAdd(authority, a => new Lazy<Task<RobotsRules>>(() => LoadAsync(url, a, cancellationToken)));
        RobotsRules robots;
        try
        {
            robots = await lazy.Value.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            rules.TryRemove(authority, out _);
            throw;
        }

        return robots.IsAllowed(options.ProductToken, url.PathAndQuery)
            ? null
            : robots == RobotsRules.DisallowAll ? "robots.txt unreachable: the host is not crawled until it answers (RFC 9309)" : "disallowed by robots.txt";
    }

    private async Task<RobotsRules> LoadAsync(Uri url, string authority, CancellationToken cancellationToken)
    {
        var stored = state.Robots(authority);
        RobotsRules robots;
        if (stored is { } kept && DateTimeOffset.UtcNow - kept.FetchedAt < options.RobotsLifetime && kept.Status is not (null or >= 500))
        {
            robots = FromAnswer(kept.Status, kept.Body);
        }
        else
        {
            var robotsUrl = new Uri(url, "/robots.txt");
            var outcome = await (Fetch ?? throw new InvalidOperationException("no robots.txt fetcher")).Invoke(robotsUrl, cancellationToken).ConfigureAwait(false);
            byte[]? body = null;
            if (outcome.Kind == FetchKind.Body && outcome.BodyPath is not null)
            {
                body = await File.ReadAllBytesAsync(outcome.BodyPath, cancellationToken).ConfigureAwait(false);
                File.Delete(outcome.BodyPath);
            }

            var status = outcome.Kind switch
            {
                FetchKind.Body => 200,
                FetchKind.Error or FetchKind.Skipped => outcome.HttpStatus is >= 400 and < 500 and not 429 ? outcome.HttpStatus : null,
                _ => outcome.HttpStatus,
            };
            robots = FromAnswer(status, body);
            var fetchedAt = DateTimeOffset.UtcNow;
            var sha256 = body is null ? null : Convert.ToHexStringLower(SHA256.HashData(body));
            state.RecordRobotsVisit(runId, RowOf(robotsUrl, outcome, status, body, sha256, stored?.Body, fetchedAt), sha256);
            // A failed fetch keeps the last file, as a page's failed fetch keeps its copy: the next one is compared with it.
            state.SaveRobots(authority, fetchedAt, status, body ?? stored?.Body);
            log.Info("robots", robotsUrl, ("http_status", outcome.HttpStatus), ("rules", status switch
            {
                200 => "parsed",
                >= 400 and < 500 => "none (4xx): all allowed",
                _ => "unreachable: all disallowed",
            }));
        }

        if (robots.CrawlDelay(options.ProductToken) is { } crawlDelay)
        {
            var capped = crawlDelay > options.MaxCrawlDelay ? options.MaxCrawlDelay : crawlDelay;
            if (capped < crawlDelay)
            {
                log.Warn("crawl_delay_capped", url, ("asked_s", crawlDelay.TotalSeconds), ("used_s", capped.TotalSeconds));
            }

            pipelines.For(authority).Gate.RaiseDelay(capped);
        }

        return robots;
    }

    /// <summary>
    /// The fetch as a documents.csv row: new, changed or unchanged against the copy kept from an earlier run where a
    /// file came back; otherwise how the fetch failed and what that means for the host.
    /// </summary>
    private static Visit RowOf(Uri url, FetchOutcome outcome, int? status, byte[]? body, string? sha256, byte[]? earlier, DateTimeOffset fetchedAt)
    {
        if (body is not null)
        {
            var seen = earlier is null ? VisitStatus.New : Convert.ToHexStringLower(SHA256.HashData(earlier)) == sha256 ? VisitStatus.Unchanged : VisitStatus.Changed;
            return new Visit(url, seen, outcome.HttpStatus ?? 200, outcome.ContentType, body.Length, fetchedAt, outcome.Note, null, null);
        }

        var meaning = status is >= 400 and < 500
            ? "no robots.txt: everything allowed (RFC 9309)"
            : "robots.txt unreachable: the host is not crawled until it answers (RFC 9309)";
        var kind = outcome.Kind switch
        {
            FetchKind.Blocked => VisitStatus.Blocked,
            FetchKind.Skipped => VisitStatus.Skipped,
            _ => VisitStatus.Error,
        };
        var note = outcome.Note is null ? meaning : $"{outcome.Note}; {meaning}";
        return new Visit(url, kind, outcome.HttpStatus, outcome.ContentType, null, fetchedAt, note, null, null);
    }

    private static RobotsRules FromAnswer(int? status, byte[]? body) => status switch
    {
        200 => RobotsRules.Parse(body ?? []),
        >= 400 and < 500 => RobotsRules.AllowAll,
        _ => RobotsRules.DisallowAll,
    };
}
