using Extractor.Core.Checks;
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
                case CrawlRequest crawl:
                    return CrawlCommand.Run(crawl, stdout, stderr, cancellationToken);
                case ParseRequest request:
                    var files = InputFiles.Find(request.Inputs);
                    return Parse(request, files, stdout, stderr, Progress(files.Count, stderr, progressBar), newReading ?? (() => NewProcessorReading(request.Charset, request.Ocr)));
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
        Func<DocumentReading> newReading)
    {
        try
        {
            // Fail before hours of parsing, not after, when the output folder cannot even be made.
            Directory.CreateDirectory(request.OutputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{Prefix}cannot create output folder {request.OutputFolder}: {e.Message}");
            return ExitCode.RunFailed;
        }

        var reports = progress.Track(files.Count, fileDone => DocumentBatch.Read(files, newReading, fileDone));
        var checkedReports = CrossReportChecks.Apply(reports);
        try
        {
            ReportFiles.Write(checkedReports, request.OutputFolder);
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
        var contentType = charset is null ? null : $"text/html; charset={charset}";
        return (bytes, source) => processor.Process(bytes, source, contentType);
    }
}
