using System.Net;
using System.Security.Cryptography;
using System.Text;
using Extractor.Crawler.Engine;
using Extractor.Crawler.Fetching;
using Extractor.Crawler.Politeness;
using Extractor.Crawler.Rendering;
using Extractor.Crawler.State;
using Extractor.Output;
using Extractor.Readers;

namespace Extractor.Crawler;

/// <summary>
/// One invocation of <c>extractor crawl</c>: lock the state, resume or start a run, crawl, write the CSVs, and only
/// then mark the run finished, so a run killed at any point (even while writing) is completed by the next invocation.
/// </summary>
public static class CrawlRun
{
    public const string DefaultLogFile = "crawl-log.jsonl";

    /// <exception cref="StateLockedException">Another crawl holds the state folder.</exception>
    /// <exception cref="StateCorruptException">The state cannot be used.</exception>
    /// <exception cref="IOException">The state, the archive or the output cannot be written.</exception>
    public static Task<CrawlOutput> RunAsync(IReadOnlyList<Seed> seeds, CrawlOptions options, string outputFolder, CancellationToken cancellationToken) =>
        RunAsync(seeds, options, outputFolder, null, cancellationToken);

    /// <param name="parser">Reads the documents (the CLI's pool of reader processes); null reads them in process.</param>
    public static async Task<CrawlOutput> RunAsync(
        IReadOnlyList<Seed> seeds, CrawlOptions options, string outputFolder, IDocumentParser? parser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(options);
        using var stateLock = StateLock.Acquire(options.StateFolder);
        using var state = CrawlState.Open(options.StateFolder);
        var archive = new DocumentArchive(options.StateFolder);
        archive.DiscardIncoming();
        using var log = new CrawlLog(options.LogPath ?? Path.Combine(options.StateFolder, DefaultLogFile), options.LogMaxBytes, options.LogKeep);

        var run = state.BeginRun(Signature(seeds, options), DateTimeOffset.UtcNow);
        log.Info(run.Resumed ? "run_resumed" : "run_started", null, ("run", run.Id), ("seeds", seeds.Count), ("proxy", options.Proxy is null ? null : $"{options.Proxy.Scheme}://{options.Proxy.Authority}"));
        state.Enqueue(run.Id, seeds.Select(s => new NewUrl(s.Url, Discovery.LinkRole.Seed, 0, null, SourceInfo.Of(s))));

        var pipelines = new HostPipelines(options, log);
        var guard = new AddressGuard(options.AllowPrivateAddresses, seeds.Select(s => s.Url.Host), options.Proxy?.Host);
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            UseProxy = options.Proxy is not null,
            Proxy = options.Proxy is null ? null : ProxyOf(options.Proxy),
            ConnectCallback = guard.ConnectAsync,
            ConnectTimeout = TimeSpan.FromSeconds(30),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = Math.Max(options.PerHostConcurrency, 1),
        };
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var robots = new RobotsPolicy(options, state, pipelines, log, run.Id);
        var downloader = new Downloader(options, new HttpAttempt(client, archive, options.UserAgent), pipelines, robots, guard);
        var reader = new ReportReader(state, options.ParserVersion ?? ParserVersion.Current, parser);
        await using var renderer = Renderer(options, log);
        var engine = new CrawlEngine(options, state, archive, downloader, pipelines, reader, log, run.Id, renderer);

        await engine.RunAsync(state.Pending(run.Id), state.VisitedPerHost(run.Id), cancellationToken).ConfigureAwait(false);

        var output = CrawlOutput.Collect(state, archive, reader, run.Id);
        foreach (var host in output.Hosts.Where(h => h.Reason is not null))
        {
            log.Write("warn", "no_reports", host.Host, null, [("reason", host.Reason)]);
        }

        ReportFiles.Write(output.Reports, output.Documents, output.Agencies, outputFolder);
        state.FinishRun(run.Id, DateTimeOffset.UtcNow);
        log.Info("run_finished", null, ("run", run.Id), ("reports", output.Reports.Count), ("urls", output.Documents.Count));
        return output;
    }

    /// <summary>The headless browser for --render, or null (not asked for, or none installed: said once in the log).</summary>
    private static ChromiumRenderer? Renderer(CrawlOptions options, CrawlLog log)
    {
        if (!options.Render)
        {
            return null;
        }

        if (ChromiumRenderer.FindBrowser(options.BrowserPath) is not { } browser)
        {
            log.Warn("render_unavailable", null, ("reason", RenderUnavailable));
            return null;
        }

        return new ChromiumRenderer(browser, options.UserAgent, options.RenderTimeout);
    }

    /// <summary>The one-line message where --render is asked for and no browser is installed.</summary>
    public const string RenderUnavailable = "--render: no Chromium found (install the chromium package, or give --browser PATH); listings built by script are not rendered";

    /// <summary>What makes two invocations the same run: the seeds and what decides which links are followed.</summary>
    /// <summary>The handler's proxy; a user and password in the URL are its credentials, sent when the proxy asks (407).</summary>
    internal static WebProxy ProxyOf(Uri proxy)
    {
        var address = new UriBuilder(proxy) { UserName = string.Empty, Password = string.Empty }.Uri;
        var webProxy = new WebProxy(address) { BypassProxyOnLocal = false };
        if (proxy.UserInfo.Length > 0)
        {
            var parts = proxy.UserInfo.Split(':', 2);
            webProxy.Credentials = new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
        }

        return webProxy;
    }

    internal static string Signature(IReadOnlyList<Seed> seeds, CrawlOptions options)
    {
        var text = new StringBuilder();
        foreach (var seed in seeds.OrderBy(s => s.Url.AbsoluteUri, StringComparer.Ordinal))
        {
            text.Append(seed.Url.AbsoluteUri).Append('|').Append(seed.Agency).Append('|').Append(seed.RegionCode).Append('|').Append(seed.Level).Append('|').Append(seed.Years).Append('\n');
        }

        text.Append(options.Years).Append('|').Append(options.MaxDepth).Append('|').Append(options.MaxPagesPerHost);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
