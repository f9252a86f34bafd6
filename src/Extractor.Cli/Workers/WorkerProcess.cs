using System.Diagnostics;
using System.Globalization;

namespace Extractor.Cli.Workers;

/// <summary>
/// One reader process, seen from the run: send it a document, wait for its report within the time and memory limits,
/// and tell what happened when none came. Not thread-safe: one document at a time, which is the protocol anyway.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly Stream input;
    private readonly Stream output;
    private readonly WorkerStderr stderr;
    private readonly WorkerSettings settings;
    private readonly Thread watch;
    private readonly Lock gate = new();

    // While a document is out: when the worker must have answered, and what it may use; null while idle.
    private (long Deadline, TimeSpan Limit)? busy;
    private WorkerFailure? killedFor;
    private bool disposed;

    private WorkerProcess(Process process, WorkerSettings settings)
    {
        this.process = process;
        this.settings = settings;
        input = process.StandardInput.BaseStream;
        // Buffered, so a frame's length and body usually come in one read call.
        output = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
        stderr = new WorkerStderr(process.StandardError.BaseStream);

        // The answer is read on the caller's thread (the fewest hand-offs per document); this watch kills a worker
        // that overstays or overeats, which ends that read. A thread of its own: a crawl's busy thread pool must not
        // delay it.
        watch = new Thread(() =>
        {
            while (!Volatile.Read(ref disposed))
            {
                Thread.Sleep(Poll);
                Watch();
            }
        })
        {
            IsBackground = true,
            Name = $"worker {process.Id} watch",
        };
        watch.Start();
    }

    public int ProcessId => process.Id;

    /// <summary>False once the worker was killed or died: it must not be given another document.</summary>
    public bool Alive
    {
        get
        {
            lock (gate)
            {
                return killedFor is null && !process.HasExited;
            }
        }
    }

    /// <exception cref="WorkerStartException">The worker did not start or did not greet.</exception>
    public static WorkerProcess Start(WorkerLaunch launch, WorkerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(launch);
        ArgumentNullException.ThrowIfNull(settings);
        var info = new ProcessStartInfo(launch.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in launch.Prefix)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add(WorkerProtocol.Verb);
        info.ArgumentList.Add("--max-memory-mb");
        info.ArgumentList.Add(settings.MaxMemoryMb.ToString(CultureInfo.InvariantCulture));
        if (!settings.Ocr)
        {
            info.ArgumentList.Add(WorkerProtocol.NoOcr);
        }

        info.ArgumentList.Add("--parent");
        info.ArgumentList.Add(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

        // The managed heap stops a little under the limit, so an allocating reader fails with a reason the worker can
        // still report; the run's own check of the whole process covers the rest.
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + settings.HeapHardLimitBytes.ToString("x", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new WorkerStartException($"could not start {launch.FileName}");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            throw new WorkerStartException($"could not start {launch.FileName}: {e.Message}");
        }

        var worker = new WorkerProcess(process, settings);
        try
        {
            worker.Greet();
            return worker;
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    /// <summary>Sends one document and waits for its report; on any failure the process is dead or killed.</summary>
    public WorkerAnswer Send(byte[] bytes, string source, string? contentType)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            WorkerProtocol.WriteRequest(input, bytes, source, contentType);
        }
        catch (IOException)
        {
            return new WorkerAnswer(null, Death());
        }

        var frame = ReadFrame(settings.TimeLimit);
        if (frame is null)
        {
            lock (gate)
            {
                if (killedFor is { } reason)
                {
                    return new WorkerAnswer(null, reason);
                }
            }

            return new WorkerAnswer(null, Death());
        }

        try
        {
            return new WorkerAnswer(WorkerProtocol.ReadReport(frame), null);
        }
        catch (InvalidDataException e)
        {
            Kill(new WorkerFailure($"reader process answered garbage: {e.Message}", MayRetry: true));
            return new WorkerAnswer(null, killedFor);
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        Volatile.Write(ref disposed, true);
        try
        {
            // Closing stdin is the worker's signal to exit; a worker that does not is killed.
            input.Dispose();
            if (!process.WaitForExit(2000))
            {
                Kill();
            }
        }
        catch (IOException)
        {
            Kill();
        }

        process.Dispose();
    }

    private void Greet()
    {
        var frame = ReadFrame(StartLimit);
        if (frame is null)
        {
            if (killedFor is not null)
            {
                throw new WorkerStartException($"a reader process did not answer within {StartLimit.TotalSeconds:0} s");
            }

            process.WaitForExit(2000);
            throw new WorkerStartException($"a reader process exited at start: {stderr.Text(wait: TimeSpan.FromSeconds(2)).ReplaceLineEndings(" ").Trim()}");
        }

        var greeting = WorkerProtocol.ReadGreeting(frame);
        if (greeting != WorkerProtocol.Greeting)
        {
            throw new WorkerStartException($"a reader process of another version answered ({greeting})");
        }
    }

    /// <summary>The next frame, or null when the worker ended or was killed (by the watch, past the limits).</summary>
    private byte[]? ReadFrame(TimeSpan limit)
    {
        lock (gate)
        {
            busy = (Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency), limit);
        }

        try
        {
            return WorkerProtocol.ReadFrame(output);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException)
        {
            return null;
        }
        finally
        {
            lock (gate)
            {
                busy = null;
            }
        }
    }

    private void Watch()
    {
        (long Deadline, TimeSpan Limit) current;
        lock (gate)
        {
            if (busy is not { } b || killedFor is not null)
            {
                return;
            }

            current = b;
        }

        if (Stopwatch.GetTimestamp() > current.Deadline)
        {
            Kill(WorkerFailure.TimedOut(current.Limit));
        }
        else if (MemoryInUse() > settings.MaxMemoryBytes)
        {
            Kill(WorkerFailure.OutOfMemory(settings.MaxMemoryMb));
        }
    }

    private WorkerFailure Death()
    {
        int? exitCode = null;
        if (process.WaitForExit(5000))
        {
            exitCode = process.ExitCode;
        }
        else
        {
            Kill();
        }

        return WorkerFailure.Died(exitCode, stderr.Text(wait: TimeSpan.FromSeconds(2)));
    }

    private long MemoryInUse()
    {
        try
        {
            process.Refresh();
            return process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private void Kill(WorkerFailure reason)
    {
        lock (gate)
        {
            killedFor ??= reason;
        }

        Kill();
    }

    private void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }
}
