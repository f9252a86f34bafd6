using Extractor.Cli.Workers;

namespace Extractor.Cli;

/// <summary>
/// The command line grammar, kept small and strict: a typo must stop a nightly job with a reason rather than
/// run it on the wrong inputs or write somewhere unexpected.
/// </summary>
public static class CliArguments
{
    public const string DefaultOutputFolder = "output/";

    /// <exception cref="UsageException">The arguments do not make a valid request.</exception>
    public static CliRequest Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            throw new UsageException("no command given (try 'extractor --help')");
        }

        var command = args[0];
        var rest = args.Skip(1).ToList();
        return command switch
        {
            "--help" or "-h" or "help" => Alone(new HelpRequest(), rest),
            "--version" => Alone(new VersionRequest(), rest),
            "parse" => ParseCommand(rest),
            "crawl" => CrawlArguments.Parse(rest),
            "compare" => CompareArguments.Parse(rest),
            _ when command.StartsWith('-') => throw new UsageException($"unknown option '{command}'"),
            _ => throw new UsageException($"unknown command '{command}' (try 'extractor --help')"),
        };
    }

    private static CliRequest Alone(CliRequest request, List<string> rest) =>
        rest.Count == 0 ? request : throw new UsageException($"unexpected argument '{rest[0]}'");

    private static CliRequest ParseCommand(List<string> args)
    {
        var inputs = new List<string>();
        string? output = null;
        string? charset = null;
        var workers = new WorkerOptions();
        var allowEmpty = false;
        var ocr = true;
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith('-') || arg == "-")
            {
                inputs.Add(arg.Length > 0 ? arg : throw new UsageException("an input path is empty"));
                continue;
            }

            if (arg.StartsWith("--out=", StringComparison.Ordinal))
            {
                output = OutputOnce(output, arg["--out=".Length..]);
                continue;
            }

            switch (arg)
            {
                case "--":
                    optionsEnded = true;
                    break;
                case "--allow-empty":
                    allowEmpty = true;
                    break;
                case "--help" or "-h":
                    return new HelpRequest();
                case "--out":
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException("--out needs a folder");
                    }

                    output = OutputOnce(output, args[++i]);
                    break;
                case "--charset":
                    if (i + 1 >= args.Count || charset is not null)
                    {
                        throw new UsageException("--charset needs one charset name (e.g. gbk)");
                    }

                    charset = args[++i];
                    if (Readers.Html.HtmlDecoder.EncodingOf(charset) is null)
                    {
                        throw new UsageException($"unknown charset '{charset}'");
                    }

                    break;
                case WorkerOptions.Workers or WorkerOptions.MaxMemory or WorkerOptions.TimeLimit:
                    workers.Take(arg, i + 1 < args.Count ? args[++i] : null);
                    break;
                case "--no-ocr":
                    ocr = false;
                    break;
                default:
                    throw new UsageException($"unknown option '{arg}' for parse");
            }
        }

        if (inputs.Count == 0)
        {
            throw new UsageException("parse needs at least one file or folder");
        }

        return new ParseRequest(inputs, output ?? DefaultOutputFolder, charset, workers.Settings, allowEmpty, ocr);
    }

    private static string OutputOnce(string? previous, string value)
    {
        if (previous is not null)
        {
            throw new UsageException("--out given more than once");
        }

        return value.Length > 0 ? value : throw new UsageException("--out needs a folder");
    }
}
