using System.Text;
using Extractor.Cli;
using Extractor.Core.Reports;
using Extractor.Readers;

namespace Extractor.Tests.Cli;

/// <summary>One in-process run of the program, with what it printed.</summary>
public sealed record CommandRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs with the real document processor.</summary>
    public static CommandRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = ExtractorCommand.Run(args, stdout, stderr);
        return new CommandRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with <see cref="ReadByContent"/> standing in for the readers.</summary>
    public static CommandRun WithStandIn(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = ExtractorCommand.Run(args, stdout, stderr, progressBar: false, () => ReadByContent);
        return new CommandRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A stand-in reader: the first line of the file names the status it gets; "throw" makes it throw.</summary>
    public static ReportResult ReadByContent(byte[] bytes, string source)
    {
        var text = Encoding.UTF8.GetString(bytes).Split('\n')[0].Trim();
        var status = text switch
        {
            "throw" => throw new InvalidOperationException("boom\nsecond line"),
            "ok" => ReportStatus.Ok,
            "legacy" => ReportStatus.Legacy,
            "incomplete" => ReportStatus.Incomplete,
            "inconsistent" => ReportStatus.Inconsistent,
            _ => ReportStatus.Failed,
        };
        return new ReportResult(ReportIdentity.Of(bytes), source, "txt", null, null, null, null, status == ReportStatus.Legacy, status, null, [], [], []);
    }
}
