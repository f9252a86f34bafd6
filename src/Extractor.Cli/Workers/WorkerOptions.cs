using System.Globalization;

namespace Extractor.Cli.Workers;

/// <summary>The command line options of the reader processes: <c>--workers</c>, <c>--max-memory-mb</c>, <c>--time-limit</c>.</summary>
public sealed class WorkerOptions
{
    public const string Workers = "--workers";
    public const string MaxMemory = "--max-memory-mb";
    public const string TimeLimit = "--time-limit";

    private int? workers;
    private int? maxMemoryMb;
    private int? timeLimitSeconds;

    public WorkerSettings Settings => new(
        workers ?? WorkerSettings.Default.Workers,
        maxMemoryMb ?? WorkerSettings.DefaultMaxMemoryMb,
        timeLimitSeconds is { } s ? TimeSpan.FromSeconds(s) : WorkerSettings.DefaultTimeLimit);

    /// <exception cref="UsageException">The value is missing, given twice or out of range.</exception>
    public void Take(string option, string? value)
    {
        switch (option)
        {
            case Workers:
                workers = Once(workers, option, Number(option, value, 0, 256, "a number of processes from 0 (read in this process) to 256"));
                break;
            case MaxMemory:
                maxMemoryMb = Once(maxMemoryMb, option, Number(option, value, 128, 1 << 20, "megabytes, at least 128"));
                break;
            case TimeLimit:
                timeLimitSeconds = Once(timeLimitSeconds, option, Number(option, value, 1, 86_400, "seconds, from 1 to 86400"));
                break;
            default:
                throw new UsageException($"unknown option '{option}'");
        }
    }

    private static int Once(int? previous, string option, int value) =>
        previous is null ? value : throw new UsageException($"{option} given more than once");

    private static int Number(string option, string? value, int least, int most, string what) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= least && n <= most
            ? n
            : throw new UsageException($"{option} needs {what}");
}
