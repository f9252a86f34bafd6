using System.Diagnostics;

namespace Extractor.Crawler.Politeness;

/// <summary>
/// The politeness of one host: at most N requests in flight (one by default) and a gap of at least the delay
/// (plus jitter) between the end of one request and the start of the next. Every request to the host, retries and
/// robots.txt included, passes through here, so no path through the crawler can hammer a server.
/// </summary>
public sealed class HostGate(int concurrency, TimeSpan delay, double jitter)
{
    private readonly SemaphoreSlim slots = new(concurrency, concurrency);
    private readonly Lock gate = new();
    private long nextStart = Stopwatch.GetTimestamp();
    private long lastExit = Stopwatch.GetTimestamp();
    private TimeSpan delay = delay;

    /// <summary>The gap; raised (never lowered) to a robots.txt Crawl-delay.</summary>
    public TimeSpan Delay
    {
        get
        {
            lock (gate)
            {
                return delay;
            }
        }
    }

    /// <summary>Whether every slot is taken.</summary>
    public bool Busy => slots.CurrentCount == 0;

    public void RaiseDelay(TimeSpan atLeast)
    {
        lock (gate)
        {
            if (atLeast > delay)
            {
                delay = atLeast;

                // robots.txt is read right after its own request ended: the gap after that request is the new one already.
                nextStart = Math.Max(nextStart, lastExit + (long)(atLeast.TotalSeconds * Stopwatch.Frequency));
            }
        }
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp from which a request may start.</summary>
    public long NextStart
    {
        get
        {
            lock (gate)
            {
                return nextStart;
            }
        }
    }

    /// <summary>How long until a request may start, zero when it may start now.</summary>
    public TimeSpan ReadyIn()
    {
        lock (gate)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), nextStart);
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    /// <summary>Waits for a slot and for the gap; dispose the result when the response has been read whole.</summary>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The gap may grow while waiting (another slot ended), so wait until a check finds none left.
            for (var wait = ReadyIn(); wait > TimeSpan.Zero; wait = ReadyIn())
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            slots.Release();
            throw;
        }

        return new Turn(this);
    }

    private void Exit()
    {
        lock (gate)
        {
            var gap = delay * (1 + (Random.Shared.NextDouble() * jitter));
            lastExit = Stopwatch.GetTimestamp();
            nextStart = lastExit + (long)(gap.TotalSeconds * Stopwatch.Frequency);
        }

        slots.Release();
    }

    private sealed class Turn(HostGate owner) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Exit();
            }
        }
    }
}
