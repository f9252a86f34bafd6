using System.Diagnostics;
using Extractor.Crawler.Politeness;
using Extractor.Crawler.State;

namespace Extractor.Crawler.Engine;

/// <summary>
/// The frontier, by host: a FIFO queue per host and a queue of idle hosts ordered by when their gate next lets a
/// request start. Only hosts that may start a request now are handed out, so a global slot is never held by a task
/// that would just sit out a host's delay, and fifty slow hosts are crawled side by side.
/// </summary>
public sealed class CrawlScheduler(Func<string, HostGate> gateOf, int perHost)
{
    private readonly Dictionary<string, Queue<QueuedUrl>> queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> inFlight = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, long> idle = new();
    private readonly HashSet<string> inIdle = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int pending;
    private int running;

    public AsyncSignal Changed { get; } = new();

    /// <summary>Nothing queued and nothing in flight.</summary>
    public bool Finished
    {
        get
        {
            lock (gate)
            {
                return pending == 0 && running == 0;
            }
        }
    }

    public void Add(IEnumerable<QueuedUrl> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        lock (gate)
        {
            foreach (var url in urls)
            {
                if (!queues.TryGetValue(url.Authority, out var queue))
                {
                    queue = new Queue<QueuedUrl>();
                    queues[url.Authority] = queue;
                }

                queue.Enqueue(url);
                pending++;
                MarkIdle(url.Authority);
            }
        }

        Changed.Set();
    }

    /// <summary>A URL whose host may be asked now, or how long until one may be.</summary>
    public bool TryTake(out QueuedUrl? next, out TimeSpan? wait)
    {
        lock (gate)
        {
            next = null;
            wait = null;
            while (idle.TryPeek(out var host, out var readyAt))
            {
                var now = Stopwatch.GetTimestamp();

                // The gate may have moved on since the host was queued (a Crawl-delay, a redirect from elsewhere).
                var due = Math.Max(readyAt, gateOf(host).NextStart);
                if (due > now)
                {
                    if (due != readyAt)
                    {
                        idle.DequeueEnqueue(host, due);
                        continue;
                    }

                    wait = Stopwatch.GetElapsedTime(now, due);
                    return false;
                }

                idle.Dequeue();
                inIdle.Remove(host);
                var queue = queues[host];
                next = queue.Dequeue();
                pending--;
                running++;
                inFlight[host] = inFlight.GetValueOrDefault(host) + 1;
                MarkIdle(host);
                return true;
            }

            return false;
        }
    }

    /// <summary>
    /// The request of a visit is over: its host may be asked again (after its gap) while the visit's document is still
    /// being read. Reading a report must not hold back the next request to its host.
    /// </summary>
    public void HostFree(QueuedUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        lock (gate)
        {
            inFlight[url.Authority]--;
            MarkIdle(url.Authority);
        }

        Changed.Set();
    }

    /// <summary>The visit has ended, its URLs queued: the run cannot end before every visit has.</summary>
    public void Done()
    {
        lock (gate)
        {
            running--;
        }

        Changed.Set();
    }

    private void MarkIdle(string host)
    {
        if (inIdle.Contains(host) || inFlight.GetValueOrDefault(host) >= perHost || queues[host].Count == 0)
        {
            return;
        }

        idle.Enqueue(host, gateOf(host).NextStart);
        inIdle.Add(host);
    }
}
