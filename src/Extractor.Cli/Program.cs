using System.Runtime.InteropServices;
using Extractor.Cli;
using Extractor.Cli.Workers;

// A reader process started by a run (the hidden verb): documents in on stdin, reports out on stdout.
if (args.Length > 0 && args[0] == WorkerProtocol.Verb)
{
    return WorkerLoop.Run(args);
}

// Ctrl+C and SIGTERM (a scheduler stopping the job) stop a crawl between commits; the next run resumes it.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

return ExtractorCommand.Run(RawArguments.Recover(args), Console.Out, Console.Error, progressBar: !Console.IsErrorRedirected, null, stop.Token);
