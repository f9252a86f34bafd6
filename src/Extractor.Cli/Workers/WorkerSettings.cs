namespace Extractor.Cli.Workers;

/// <summary>How many reader processes a run keeps, and what one document may cost each of them.</summary>
/// <param name="Workers">Reader processes; 0 reads in the run's own process (debugging, benchmarks' stage breakdown).</param>
/// <param name="MaxMemoryMb">A worker whose memory passes this while reading a document is killed.</param>
/// <param name="TimeLimit">A worker that gives no report within this is killed.</param>
public sealed record WorkerSettings(int Workers, int MaxMemoryMb, TimeSpan TimeLimit)
{
    /// <summary>
    /// Two workers (this machine kind's cores) at 1.5 GB each stay far inside 24 GB. The heaviest accepted document
    /// needs about 0.9 GB (a scanned report read by OCR, whose model runs outside the managed heap); a 1,000-page PDF,
    /// the most read of one, a few hundred MB. A limit below the OCR's need would fail every scan.
    /// </summary>
    public const int DefaultMaxMemoryMb = 1536;

    /// <summary>
    /// A backstop above every reader's own bound (a PDF's 60 s, then OCR's 180 s), so that a reader that stops itself
    /// says which bound stopped it, and only a reader that cannot be stopped is killed.
    /// </summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(300);

    public static WorkerSettings Default { get; } = new(Environment.ProcessorCount, DefaultMaxMemoryMb, DefaultTimeLimit);

    /// <summary>Whether the workers read PDFs without a text layer by OCR (<c>--no-ocr</c> turns it off).</summary>
    public bool Ocr { get; init; } = true;

    public long MaxMemoryBytes => (long)MaxMemoryMb << 20;

    /// <summary>The managed heap's hard limit: the limit less what the runtime itself holds outside the heap.</summary>
    public long HeapHardLimitBytes => Math.Max(32L << 20, MaxMemoryBytes - (64L << 20));
}
