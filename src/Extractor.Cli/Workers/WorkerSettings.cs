namespace Extractor.Cli.Workers;

/// <summary>How many reader processes a run keeps, and what one document may cost each of them.</summary>
/// <param name="Workers">Reader processes; 0 reads in the run's own process (debugging, benchmarks' stage breakdown).</param>
/// <param name="MaxMemoryMb">A worker whose memory passes this while reading a document is killed.</param>
/// <param name="TimeLimit">A worker that gives no report within this is killed.</param>
public sealed record WorkerSettings(int Workers, int MaxMemoryMb, TimeSpan TimeLimit)
{
    /// <summary>
    /// Two workers (this machine kind's cores) at 768 MB each and the run itself stay under 2 GB, a twelfth of 24 GB;
    /// the heaviest accepted report needs a few hundred MB (a 1,000-page PDF, the most read of one).
    /// </summary>
    public const int DefaultMaxMemoryMb = 768;

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(60);

    public static WorkerSettings Default { get; } = new(Environment.ProcessorCount, DefaultMaxMemoryMb, DefaultTimeLimit);

    public long MaxMemoryBytes => (long)MaxMemoryMb << 20;

    /// <summary>The managed heap's hard limit: the limit less what the runtime itself holds outside the heap.</summary>
    public long HeapHardLimitBytes => Math.Max(32L << 20, MaxMemoryBytes - (64L << 20));
}
