using System.Globalization;

namespace Extractor.Cli.Workers;

/// <summary>Why a worker gave no report for a document: the reason for its failed row, and whether to try once more.</summary>
/// <param name="Reason">One line, as written to the <c>error</c> column.</param>
/// <param name="MayRetry">
/// The death may not be the document's doing (killed from outside, by the kernel): worth one more try on a fresh worker.
/// </param>
public sealed record WorkerFailure(string Reason, bool MayRetry)
{
    public static WorkerFailure TimedOut(TimeSpan limit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"timed out after {limit.TotalSeconds:0.#} s"), MayRetry: false);

    public static WorkerFailure OutOfMemory(int limitMb) => new(OutOfMemoryReason(limitMb), MayRetry: false);

    public static string OutOfMemoryReason(int limitMb) =>
        string.Create(CultureInfo.InvariantCulture, $"ran out of memory (over {limitMb} MB)");

    /// <param name="exitCode">As the runtime reports it: 128 + the signal for a process a signal ended.</param>
    /// <param name="stderr">What the worker wrote to stderr: the runtime names a stack overflow there.</param>
    public static WorkerFailure Died(int? exitCode, string stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            // Deterministic: the same document overflows again.
            return new("reader crashed on this document (stack overflow)", MayRetry: false);
        }

        var how = exitCode switch
        {
            null => "no exit status",
            > 128 and < 160 => string.Create(CultureInfo.InvariantCulture, $"killed by signal {exitCode - 128}{SignalName(exitCode.Value - 128)}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"exit code {exitCode}"),
        };
        return new($"reader crashed on this document ({how})", MayRetry: true);
    }

    private static string SignalName(int signal) => signal switch
    {
        1 => ", SIGHUP",
        2 => ", SIGINT",
        4 => ", SIGILL",
        6 => ", SIGABRT",
        7 => ", SIGBUS",
        8 => ", SIGFPE",
        9 => ", SIGKILL",
        11 => ", SIGSEGV",
        15 => ", SIGTERM",
        _ => string.Empty,
    };
}
