using Extractor.Cli.Workers;
using Extractor.Core.Checks;
using Extractor.Core.Regions;
using Extractor.Output;
using Extractor.Readers;

namespace Extractor.Cli;

/// <summary>The <c>extractor</c> program, callable in-process: arguments in, exit status out.</summary>
public static class ExtractorCommand
{
    /// <summary>Runs above this many files show progress; smaller ones end before it would help.</summary>
    public const int ProgressThreshold = 20;

    private const string Prefix = "extractor: ";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, progressBar: false, null);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool progressBar, Func<DocumentReading>? newReading) =>
        Run(args, stdout, stderr, progressBar, newReading, CancellationToken.None);

    /// <param name="progressBar">Whether stderr is a terminal that can show a progress bar.</param>
    /// <param name="newReading">Makes the document reader of one worker thread; null for the real pipeline.</param>
    /// <param name="cancellationToken">Stops a crawl (Ctrl+C, SIGTERM): what it kept stays, the next run resumes.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool progressBar, Func<DocumentReading>? newReading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            switch (CliArguments.Parse(args))
            {
                case HelpRequest:
                    stdout.WriteLine(UsageText.Text);
                    return ExitCode.Completed;
                case VersionRequest:
                    stdout.WriteLine($"extractor {ToolVersion.Text}");
                    return ExitCode.Completed;
                case CompareRequest compare:
                    return CompareCommand.Run(compare, stdout, stderr);
                case CrawlRequest crawl:
                    return CrawlCommand.Run(crawl, stdout, stderr, cancellationToken);
                case ParseRequest request:
                    var files = InputFiles.Find(request.Inputs);
                    if (files.Count == 0 && !request.AllowEmpty)
                    {
                        // A wrong path or an unmounted share must not replace yesterday's files with empty ones.
                        throw new UsageException($"no documents found in {string.Join(", ", request.Inputs)} (--allow-empty writes empty files)");
                    }

                    return Parse(request, files, stdout, stderr, Progress(files.Count, stderr, progressBar), newReading);
                default:
                    throw new InvalidOperationException("a request without a handler");
            }
        }
        catch (UsageException e)
        {
            stderr.WriteLine(Prefix + e.Message);
            return ExitCode.BadArguments;
        }
#pragma warning disable CA1031 // The contract promises a one-line reason and status 1, not a stack trace, when a run cannot complete.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"{Prefix}internal error: {e.GetType().FullName}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCode.RunFailed;
        }
    }

    private static int Parse(
        ParseRequest request,
        IReadOnlyList<string> files,
        TextWriter stdout,
        TextWriter stderr,
        IRunProgress progress,
        Func<DocumentReading>? newReading)
    {
        try
        {
            // Fail before hours of parsing, not after, when the output folder cannot be made or written.
            OutputFolder.Prepare(request.OutputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var what = Directory.Exists(request.OutputFolder) ? "cannot write to output folder" : "cannot create output folder";
            stderr.WriteLine($"{Prefix}{what} {request.OutputFolder}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCode.RunFailed;
        }

        // A reader stand-in (tests) runs in process; so does --workers 0.
        var settings = (request.Workers ?? WorkerSettings.Default) with { Ocr = request.Ocr };
        using var pool = newReading is null && settings.Workers > 0 && files.Count > 0 ? new WorkerPool(settings) : null;
        if (pool is not null)
        {
            try
            {
                pool.Warm();
            }
            catch (WorkerStartException e)
            {
                stderr.WriteLine($"{Prefix}cannot start a reader process: {e.Message.ReplaceLineEndings(" ")} (--workers 0 reads in this process)");
                return ExitCode.RunFailed;
            }
        }

        var contentType = CharsetContentType(request.Charset);
        var reading = newReading ?? (pool is not null ? () => (bytes, source) => pool.Parse(bytes, source, contentType) : () => NewProcessorReading(request.Charset, request.Ocr));
        var parallelism = pool is not null ? settings.Workers : Environment.ProcessorCount;
        var reports = progress.Track(files.Count, fileDone => DocumentBatch.Read(files, reading, fileDone, parallelism));

        // Twins are merged before the cross-report checks, so a report is never its own previous year's twin.
        var placed = RegionPlacement.Place(TwinReports.Merge(reports));
        var checkedReports = CrossReportChecks.Apply(placed.Reports, placed.KeyOf);
        try
        {
            ReportFiles.Write(checkedReports, null, placed.Agencies, request.OutputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{Prefix}cannot write output to {request.OutputFolder}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCode.RunFailed;
        }

        stdout.WriteLine(RunSummary.Line(checkedReports, request.OutputFolder));
        return ExitCode.Completed;
    }

    private static IRunProgress Progress(int files, TextWriter stderr, bool progressBar) => files switch
    {
        <= ProgressThreshold => new SilentProgress(),
        _ when progressBar => new TerminalProgressBar(stderr),
        _ => new ProgressLines(stderr),
    };

    /// <param name="charset">Passed as a Content-Type charset, for pages that declare none.</param>
    /// <param name="ocr">Whether PDFs without a text layer are read by OCR.</param>
    public static DocumentReading NewProcessorReading(string? charset = null, bool ocr = true)
    {
        var processor = new DocumentProcessor(ProcessingLimits.Default with { Ocr = ocr });
        var contentType = CharsetContentType(charset);
        return (bytes, source) => processor.Process(bytes, source, contentType);
    }

    private static string? CharsetContentType(string? charset) => charset is null ? null : $"text/html; charset={charset}";
}
