using System.Collections.Concurrent;
using Extractor.Core.Reports;
using Extractor.Readers;

namespace Extractor.Cli.Workers;

/// <summary>
/// Reads documents in supervised worker processes, as Tika's forked parsers and browsers' renderer processes do: a
/// reader that overflows its stack, crashes, hangs or eats memory costs its document one failed row, and a fresh
/// worker takes its place. Thread-safe; at most <see cref="WorkerSettings.Workers"/> documents are read at once, and
/// workers are started as they are first needed and kept for the next document, so start-up is paid once.
/// </summary>
public sealed class WorkerPool : IDocumentParser, IDisposable
{
    private readonly WorkerSettings settings;
    private readonly WorkerLaunch launch;
    private readonly SemaphoreSlim slots;
    private readonly ConcurrentBag<WorkerProcess> idle = [];
    private int started;
    private int documents;
    private bool disposed;

    public WorkerPool(WorkerSettings settings, WorkerLaunch? launch = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Workers, 1);
        this.settings = settings;
        this.launch = launch ?? WorkerLaunch.OfThisProgram();
        slots = new SemaphoreSlim(settings.Workers, settings.Workers);
    }

    /// <summary>Worker processes started so far, replacements included.</summary>
    public int WorkersStarted => Volatile.Read(ref started);

    /// <summary>Documents sent to a worker so far, retries included.</summary>
    public int DocumentsSent => Volatile.Read(ref documents);

    /// <summary>Starts one worker now, so a run that cannot start any fails before it reads anything.</summary>
    /// <exception cref="WorkerStartException">No worker could be started.</exception>
    public void Warm()
    {
        slots.Wait();
        try
        {
            idle.Add(StartWorker());
        }
        finally
        {
            slots.Release();
        }
    }

    /// <exception cref="WorkerStartException">No worker could be started (the program's files are missing, say).</exception>
    public ReportResult Parse(byte[] bytes, string source, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(source);
        ObjectDisposedException.ThrowIf(disposed, this);
        slots.Wait();
        try
        {
            WorkerFailure? failure = null;
            for (var attempt = 1; attempt <= 2; attempt++)
            {
                var worker = idle.TryTake(out var kept) ? kept : StartWorker();
                Interlocked.Increment(ref documents);
                var answer = worker.Send(bytes, source, contentType);
                if (answer.Report is { } report)
                {
                    if (worker.Alive)
                    {
                        idle.Add(worker);
                    }
                    else
                    {
                        worker.Dispose();
                    }

                    // The run's own spelling of the source, whatever the pipe did to it.
                    return report with { Source = source };
                }

                worker.Dispose();
                failure = answer.Failure!;
                if (!failure.MayRetry)
                {
                    break;
                }
            }

            return ReportResult.Failed(ReportIdentity.Of(bytes), source, FormatSniffer.Sniff(bytes, source).ToCsv(source), failure!.Reason);
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        while (idle.TryTake(out var worker))
        {
            worker.Dispose();
        }

        slots.Dispose();
    }

    private WorkerProcess StartWorker()
    {
        var worker = WorkerProcess.Start(launch, settings);
        Interlocked.Increment(ref started);
        return worker;
    }
}
