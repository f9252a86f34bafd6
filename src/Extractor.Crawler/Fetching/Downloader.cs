using System.Globalization;
using System.Net;
using Extractor.Core.Text;
using Extractor.Crawler.Discovery;
using Extractor.Crawler.Politeness;
using Extractor.Crawler.Rendering;
using Extractor.Crawler.State;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Extractor.Crawler.Fetching;

/// <summary>
/// Fetches one URL to its end: checks the address and robots.txt of every hop, sends each request through its host's
/// pipeline, follows redirects itself (a limit, loop detection) and turns whatever happened into one outcome.
/// </summary>
public sealed class Downloader
{
    private readonly CrawlOptions options;
    private readonly HttpAttempt attempt;
    private readonly HostPipelines pipelines;
    private readonly RobotsPolicy robots;
    private readonly AddressGuard guard;

    // The global limit counts requests on the wire, not URLs being worked on: a URL waiting out its host's gap (or
    // robots.txt's) holds no slot, so one slow host's first visit never keeps another host waiting.
    private readonly SemaphoreSlim requests;

    public Downloader(CrawlOptions options, HttpAttempt attempt, HostPipelines pipelines, RobotsPolicy robots, AddressGuard guard)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(robots);
        requests = new SemaphoreSlim(Math.Max(options.Concurrency, 1));
        this.options = options;
        this.attempt = attempt;
        this.pipelines = pipelines;
        this.robots = robots;
        this.guard = guard;
        robots.Fetch = (url, ct) => FetchAsync(url, null, checkRobots: false, RobotsRules.ParsedBytes, truncate: true, ct);
    }

    public Task<FetchOutcome> FetchAsync(Uri url, KeptContent? kept, CancellationToken cancellationToken) =>
        FetchAsync(url, kept, checkRobots: true, options.MaxBodyBytes, truncate: false, cancellationToken);

    /// <param name="url">The URL, or a <see cref="FormRequest"/> key: then its form is POSTed to its URL (a redirect is followed by GET).</param>
    private async Task<FetchOutcome> FetchAsync(Uri url, KeptContent? kept, bool checkRobots, long maxBytes, bool truncate, CancellationToken cancellationToken)
    {
        string? form = null;
        if (FormRequest.TryParse(url, out var target, out var body))
        {
            url = target;
            form = body;

            // A conditional POST may be answered 412 (RFC 9110 §13.2.2), which reads as a block: POSTs are never conditional.
            kept = null;
        }

        var chain = new List<Uri> { url };
        var current = url;
        while (true)
        {
            if (await guard.CheckAsync(current.Host, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                return new FetchOutcome(FetchKind.Skipped, current, null, null, Via(chain, refusal));
            }

            if (checkRobots && await robots.RefusalAsync(current, cancellationToken).ConfigureAwait(false) is { } disallowed)
            {
                return new FetchOutcome(FetchKind.Skipped, current, null, null, Via(chain, disallowed));
            }

            // A POST URL is checked against robots.txt above like any other; its form goes with the first hop only.
            var result = await AttemptAsync(current, kept, maxBytes, truncate, chain.Count == 1 ? form : null, cancellationToken).ConfigureAwait(false);
            if (result.Outcome is { } ended)
            {
                return ended with { Note = Via(chain, ended.Note) };
            }

            var hop = result.Attempt!;
            if (hop.Kind != AttemptKind.Redirect)
            {
                return Finish(current, hop, chain);
            }

            var next = UrlCanonicalizer.Canonical(hop.Location!);
            if (next is null)
            {
                return new FetchOutcome(FetchKind.Error, current, hop.Status, null, Via(chain, $"redirect to a non-http URL: {hop.Location}"));
            }

            if (chain.Contains(next))
            {
                chain.Add(next);
                return new FetchOutcome(FetchKind.Error, current, hop.Status, null, $"redirect loop: {string.Join(" → ", chain)}");
            }

            chain.Add(next);
            if (chain.Count - 1 > options.MaxRedirects)
            {
                return new FetchOutcome(FetchKind.Error, current, hop.Status, null, $"more than {options.MaxRedirects} redirects: {string.Join(" → ", chain)}");
            }

            current = next;
        }
    }

    private async Task<(AttemptResult? Attempt, FetchOutcome? Outcome)> AttemptAsync(Uri url, KeptContent? kept, long maxBytes, bool truncate, string? form, CancellationToken cancellationToken)
    {
        var policy = pipelines.For(UrlCanonicalizer.Authority(url));
        try
        {
            var result = await policy.Pipeline.ExecuteAsync(
                async ct =>
                {
                    using var turn = await policy.Gate.EnterAsync(ct).ConfigureAwait(false);
                    await requests.WaitAsync(ct).ConfigureAwait(false);
                    try
                    {
                        return await attempt.SendAsync(url, kept, maxBytes, truncate, ct, form).ConfigureAwait(false);
                    }
                    finally
                    {
                        requests.Release();
                    }
                },
                cancellationToken).ConfigureAwait(false);
            return (result, null);
        }
        catch (BrokenCircuitException)
        {
            return (null, new FetchOutcome(FetchKind.Error, url, null, null, "not requested: the host's breaker is open after repeated failures; tried again next run"));
        }
        catch (TimeoutRejectedException e)
        {
            return (null, new FetchOutcome(FetchKind.Error, url, null, null, $"timed out ({e.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s)"));
        }
        catch (HttpRequestException e) when (e.InnerException is PrivateAddressException p)
        {
            return (null, new FetchOutcome(FetchKind.Skipped, url, null, null, p.Message));
        }
        catch (HttpRequestException e)
        {
            return (null, new FetchOutcome(FetchKind.Error, url, null, null, $"network error: {Excerpt.OneLine(e.Message)}"));
        }
        catch (IOException e)
        {
            return (null, new FetchOutcome(FetchKind.Error, url, null, null, $"connection broken while reading: {Excerpt.OneLine(e.Message)}"));
        }
    }

    /// <summary>
    /// Runs a headless-browser load of a page within a fetch's politeness: the address guard, robots.txt, the host's
    /// turn (one at a time, the delay after) and a global request slot.
    /// </summary>
    /// <param name="render">Given what the browser may request: on the page's host what robots.txt allows, elsewhere any public address.</param>
    public async Task<RenderOutcome> InTurnAsync(Uri url, Func<Func<Uri, Task<bool>>, CancellationToken, Task<RenderOutcome>> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(render);
        if (await guard.CheckAsync(url.Host, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return RenderOutcome.Failed($"not rendered: {refusal}");
        }

        if (await robots.RefusalAsync(url, cancellationToken).ConfigureAwait(false) is { } disallowed)
        {
            return RenderOutcome.Failed($"not rendered: {disallowed}");
        }

        var policy = pipelines.For(UrlCanonicalizer.Authority(url));
        using var turn = await policy.Gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await requests.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var authority = UrlCanonicalizer.Authority(url);
            async Task<bool> Allowed(Uri request) =>
                UrlCanonicalizer.Authority(request) == authority
                    ? await robots.RefusalAsync(request, cancellationToken).ConfigureAwait(false) is null
                    : await guard.CheckAsync(request.Host, cancellationToken).ConfigureAwait(false) is null;
            return await render(Allowed, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            requests.Release();
        }
    }

    private FetchOutcome Finish(Uri url, AttemptResult result, List<Uri> chain)
    {
        var via = chain.Count > 1 ? $"redirected {string.Join(" → ", chain)}" : null;
        switch (result.Kind)
        {
            case AttemptKind.Body:
                return new FetchOutcome(FetchKind.Body, url, result.Status, result.ContentType, via, result.BodyPath, result.Sha256, result.Bytes, result.Head, result.ETag, result.LastModified);
            case AttemptKind.NotModified:
                return new FetchOutcome(FetchKind.NotModified, url, result.Status, result.ContentType, via, ETag: result.ETag, LastModified: result.LastModified);
            case AttemptKind.TooLarge:
                return new FetchOutcome(FetchKind.Skipped, url, result.Status, result.ContentType, Join(via, string.Create(
                    CultureInfo.InvariantCulture, $"too large: over {options.MaxBodyBytes / 1048576.0:0.#} MB (limit --max-mb)")), Bytes: result.Bytes);
        }

        var status = result.Status;
        if (BlockPageDetector.IsBlockStatus(status))
        {
            var challenge = result.Head is { } sample ? BlockPageDetector.ChallengeIn(sample) : null;
            return new FetchOutcome(FetchKind.Blocked, url, status, result.ContentType, Join(via, Join(BlockPageDetector.Describe(status), challenge)), Bytes: result.Head?.Length ?? 0);
        }

        var reason = status switch
        {
            404 or 410 => $"HTTP {status}: not found",
            429 or 503 when result.RetryAfter > options.MaxRetryAfter =>
                $"HTTP {status}: the server asked to wait {result.RetryAfter!.Value.TotalSeconds:0} s; tried again next run",
            >= 500 or 429 or 408 => $"HTTP {status} after {options.MaxRetries} retries",
            _ => $"HTTP {status} ({(HttpStatusCode)status})",
        };
        return new FetchOutcome(FetchKind.Error, url, status, result.ContentType, Join(via, reason), Bytes: result.Head?.Length ?? 0);
    }

    private static string? Via(List<Uri> chain, string? note) =>
        chain.Count > 1 ? Join($"redirected {string.Join(" → ", chain)}", note) : note;

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first}; {second}";
}
