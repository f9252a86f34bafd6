using System.Collections.Concurrent;
using Extractor.Crawler.Engine;
using Extractor.Crawler.Fetching;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Extractor.Crawler.Politeness;

/// <summary>A host's politeness gate and resilience pipeline.</summary>
public sealed record HostPolicy(string Authority, HostGate Gate, ResiliencePipeline<AttemptResult> Pipeline);

/// <summary>
/// One resilience pipeline per host (keyed by authority), not one for the crawl: a county server that fails must
/// open its own breaker and slow its own retries without touching the others. From the outside in: a total timeout
/// for the URL, retries with exponential backoff and jitter (Retry-After honoured) for 5xx, 429, 408 and timeouts,
/// a breaker that opens on a burst of 5xx/403/412/521, and a timeout per attempt. The host gate sits inside every
/// attempt, so retries keep the host's gap too.
/// </summary>
public sealed class HostPipelines(CrawlOptions options, CrawlLog log)
{
    private readonly ConcurrentDictionary<string, HostPolicy> hosts = new(StringComparer.Ordinal);

    public HostPolicy For(string authority) => hosts.GetOrAdd(authority, Create);

    /// <summary>The hosts seen so far.</summary>
    public IEnumerable<HostPolicy> All => hosts.Values;

    private HostPolicy Create(string authority)
    {
        var gate = new HostGate(options.PerHostConcurrency, options.Delay, options.Jitter);
        var pipeline = new ResiliencePipelineBuilder<AttemptResult>()
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 0) is 0 ? 1 : options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromMinutes(1),
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome, options.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    log.Write("warn", "retry", authority, null, [("attempt", args.AttemptNumber + 1), ("delay_s", args.RetryDelay.TotalSeconds), ("reason", Describe(args.Outcome))]);
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<AttemptResult>
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = Math.Max(options.BreakerMinimumThroughput, 2),
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsHostFailure(args.Outcome)),
                OnOpened = args =>
                {
                    log.Write("error", "breaker_opened", authority, null, [("break_s", args.BreakDuration.TotalSeconds), ("reason", Describe(args.Outcome))]);
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
        return new HostPolicy(authority, gate, pipeline);
    }

    /// <summary>Worth another try: the server said "not now", or the network failed.</summary>
    internal static bool IsTransient(Outcome<AttemptResult> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is { } e)
        {
            return e is TimeoutRejectedException or HttpRequestException { InnerException: not PrivateAddressException } or IOException;
        }

        var result = outcome.Result!;
        if (result.Kind != AttemptKind.Status || result.RetryAfter > maxRetryAfter)
        {
            return false;
        }

        // 501 and 505 will not change; 521 is an anti-bot wall, not an outage.
        return result.Status is 408 or 429 || (result.Status >= 500 && result.Status is not (501 or 505 or 521));
    }

    /// <summary>Counts toward the breaker: the host is failing or refusing us.</summary>
    internal static bool IsHostFailure(Outcome<AttemptResult> outcome)
    {
        if (outcome.Exception is { } e)
        {
            return e is TimeoutRejectedException or HttpRequestException { InnerException: not PrivateAddressException } or IOException;
        }

        var status = outcome.Result!.Status;
        return outcome.Result.Kind == AttemptKind.Status && (status >= 500 || BlockPageDetector.IsBlockStatus(status) || status == 429);
    }

    internal static string Describe(Outcome<AttemptResult> outcome) =>
        outcome.Exception is { } e ? $"{e.GetType().Name}: {e.Message}" : $"HTTP {outcome.Result!.Status}";
}
