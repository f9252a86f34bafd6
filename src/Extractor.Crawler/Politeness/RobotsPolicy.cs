using System.Collections.Concurrent;
using Extractor.Crawler.Engine;
using Extractor.Crawler.Fetching;
using Extractor.Crawler.State;

namespace Extractor.Crawler.Politeness;

/// <summary>
/// robots.txt per host, fetched once (through the host's own gate) and trusted for a day, kept in the state so a
/// resumed or nightly run does not ask again. RFC 9309 §2.3.1: a 4xx answer allows everything, a 5xx or network
/// failure disallows everything for now. A Crawl-delay raises the host's gap.
/// </summary>
public sealed class RobotsPolicy(CrawlOptions options, CrawlState state, HostPipelines pipelines, CrawlLog log)
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
            state.SaveRobots(authority, DateTimeOffset.UtcNow, status, body);
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

    private static RobotsRules FromAnswer(int? status, byte[]? body) => status switch
    {
        200 => RobotsRules.Parse(body ?? []),
        >= 400 and < 500 => RobotsRules.AllowAll,
        _ => RobotsRules.DisallowAll,
    };
}
