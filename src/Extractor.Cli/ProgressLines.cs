using System.Diagnostics;
using System.Globalization;

namespace Extractor.Cli;

/// <summary>
/// Plain progress lines ("parsed 1200/5000 files") for a redirected stderr: a log file or a scheduler's capture
/// gets a line now and then instead of a progress bar's escape codes.
/// </summary>
public sealed class ProgressLines(TextWriter log, int everyFiles = 500, double everySeconds = 10) : IRunProgress
{
    private readonly Lock _gate = new();

    public T Track<T>(int total, Func<Action, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = 0;
        var sinceLine = Stopwatch.StartNew();
        var result = work(() =>
        {
            lock (_gate)
            {
                done++;
                if (done % everyFiles == 0 || sinceLine.Elapsed.TotalSeconds >= everySeconds)
                {
                    Write(done, total);
                    sinceLine.Restart();
                }
            }
        });
        lock (_gate)
        {
            if (done % everyFiles != 0)
            {
                Write(done, total);
            }
        }

        return result;
    }

    private void Write(int done, int total) =>
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parsed {done}/{total} files"));
}
