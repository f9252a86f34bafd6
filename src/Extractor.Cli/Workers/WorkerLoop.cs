using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Extractor.Core.Reports;
using Extractor.Core.Text;
using Extractor.Readers;

namespace Extractor.Cli.Workers;

/// <summary>
/// The worker side: reads documents from stdin one at a time and answers each with its report on stdout, until the
/// run closes stdin. Whatever kills the process (a stack overflow in a reader, say) costs one document: the run sees
/// the pipe close and starts a fresh worker.
/// </summary>
public static class WorkerLoop
{
    /// <param name="args">The verb, then <c>--max-memory-mb N</c> (named in the reason when memory runs out) and
    /// <c>--parent PID</c> (the run: when it is gone, so is the worker), and <c>--no-ocr</c> where the run was given it.</param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var maxMemoryMb = Option(args, "--max-memory-mb");

        // The run stops its workers by closing their stdin; a Ctrl+C or SIGTERM meant for the run must not kill one
        // mid-document, or its document would be recorded as a crash.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => context.Cancel = true);
        ExitWithParent(Option(args, "--parent"));

        // Buffered: the request's small fields would each be a read call on the bare pipe.
        using var input = new BufferedStream(Console.OpenStandardInput(), 1 << 16);
        var output = Console.OpenStandardOutput();

        // Nothing but frames may reach stdout.
        Console.SetOut(Console.Error);
        var hooks = WorkerTestHooks.Enabled;
        var processor = new DocumentProcessor(ProcessingLimits.Default with { Ocr = Array.IndexOf(args, WorkerProtocol.NoOcr) < 0 });

        WorkerProtocol.WriteGreeting(output);
        while (ReadRequest(input) is { } request)
        {
            ReportResult report;
            try
            {
                if (hooks)
                {
                    WorkerTestHooks.Apply(request.Bytes);
                }

                report = processor.Process(request.Bytes, request.Source, request.ContentType);
            }
            catch (OutOfMemoryException)
            {
                // The heap's hard limit is just under the run's limit, so this is the same finding the run would make.
                WorkerProtocol.WriteReport(output, Failure(request, WorkerFailure.OutOfMemoryReason(maxMemoryMb)));
                return 3;
            }
#pragma warning disable CA1031 // A reader bug met in one document of thousands costs that document, not the worker.
            catch (Exception e)
#pragma warning restore CA1031
            {
                report = Failure(request, $"internal error: {e.GetType().FullName}: {Excerpt.OneLine(e.Message)}");
            }

            WorkerProtocol.WriteReport(output, report);
        }

        return 0;
    }

    private static WorkerRequest? ReadRequest(Stream input)
    {
        try
        {
            return WorkerProtocol.ReadRequest(input);
        }
        catch (IOException)
        {
            // A pipe that breaks is a run that is gone.
            return null;
        }
    }

    private static int Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    private static ReportResult Failure(WorkerRequest request, string reason) => ReportResult.Failed(
        ReportIdentity.Of(request.Bytes), request.Source, FormatSniffer.Sniff(request.Bytes, request.Source).ToCsv(request.Source), reason);

    /// <summary>
    /// Watches the run from a thread of its own, so the worker exits when the run is gone even while it is stuck in a
    /// document: no orphan outlives its run.
    /// </summary>
    private static void ExitWithParent(int parentId)
    {
        if (parentId <= 0)
        {
            return;
        }

        Process parent;
        try
        {
            parent = Process.GetProcessById(parentId);
        }
        catch (ArgumentException)
        {
            Environment.Exit(0);
            return;
        }

        var thread = new Thread(() =>
        {
            while (!parent.HasExited)
            {
                Thread.Sleep(1000);
            }

            Environment.Exit(0);
        })
        {
            IsBackground = true,
            Name = "worker parent watch",
        };
        thread.Start();
    }
}
