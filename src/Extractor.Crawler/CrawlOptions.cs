namespace Extractor.Crawler;

/// <summary>
/// Everything a crawl can be told. The defaults are for a nightly job over many small county servers: one request at
/// a time per host, two seconds apart (and more if robots.txt asks), so no county's server ever notices the crawl.
/// </summary>
public sealed record CrawlOptions
{
    public const string DefaultUserAgent = "extractor-crawler/0.1 (government information disclosure annual reports; research)";

    /// <summary>The folder of the SQLite state, the archive of raw documents and the lock.</summary>
    public string StateFolder { get; init; } = "state/";

    /// <summary>Reporting years wanted; null for all. Report links of other years are not followed.</summary>
    public YearSet? Years { get; init; }

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Requests per host per run, robots.txt not counted.</summary>
    public int MaxPagesPerHost { get; init; } = 1000;

    /// <summary>Link hops from a seed (another page of the same listing is no hop).</summary>
    public int MaxDepth { get; init; } = 4;

    /// <summary>The least gap between the end of one request to a host and the start of the next.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Up to this fraction of the delay is added at random, so many crawlers never fall into step.</summary>
    public double Jitter { get; init; } = 0.1;

    /// <summary>Requests in flight over all hosts.</summary>
    public int Concurrency { get; init; } = 16;

    public int PerHostConcurrency { get; init; } = 1;

    /// <summary>A body (after decompression) above this is abandoned and the URL recorded as skipped.</summary>
    public long MaxBodyBytes { get; init; } = 100L << 20;

    /// <summary>One request, headers and body.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>One URL, all retries included.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public int MaxRedirects { get; init; } = 5;

    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's delay; each next one doubles, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A Retry-After longer than this is not waited for: the URL is recorded as an error for the next run.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A robots.txt Crawl-delay is honoured up to this; a larger one is capped (and logged).</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Failures (5xx, 403, 412, 521, timeouts) among the recent requests to a host that open its breaker.</summary>
    public int BreakerMinimumThroughput { get; init; } = 6;

    public double BreakerFailureRatio { get; init; } = 0.8;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Follow links to loopback, private and link-local addresses even when no seed is there.</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>
    /// Every request goes through this proxy (http, https, socks4, socks4a or socks5; user:password in the URL for
    /// proxies that ask); null connects directly. Portals that answer only mainland addresses need one from abroad.
    /// </summary>
    public Uri? Proxy { get; init; }

    /// <summary>The JSON-lines log; null for <c>crawl-log.jsonl</c> in the state folder.</summary>
    public string? LogPath { get; init; }

    /// <summary>The size at which the log is rotated when a run starts; 0 never rotates.</summary>
    public long LogMaxBytes { get; init; } = 64L << 20;

    /// <summary>How many rotated logs are kept (crawl-log.1.jsonl is the newest).</summary>
    public int LogKeep { get; init; } = 5;

    /// <summary>The version of the readers; null for the built one. Documents read by another are read again.</summary>
    public string? ParserVersion { get; init; }

    /// <summary>
    /// --render: listing pages whose static reading finds no report link and whose items a script seems to build are
    /// loaded in a headless Chromium and read again from the rendered DOM.
    /// </summary>
    public bool Render { get; init; }

    /// <summary>The browser for --render; null looks for the system's Chromium.</summary>
    public string? BrowserPath { get; init; }

    /// <summary>Pages rendered per run, over all hosts.</summary>
    public int MaxRenderedPages { get; init; } = 50;

    /// <summary>One page's load in the browser.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a host's robots.txt is trusted (RFC 9309 §2.4: no more than 24 hours).</summary>
    public TimeSpan RobotsLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The token robots.txt groups are matched against: the user agent up to its first '/' or space.</summary>
    public string ProductToken
    {
        get
        {
            var end = UserAgent.IndexOfAny(['/', ' ']);
            return (end < 0 ? UserAgent : UserAgent[..end]).Trim();
        }
    }
}
