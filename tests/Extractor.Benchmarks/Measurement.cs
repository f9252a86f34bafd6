using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Extractor.Benchmarks;

/// <summary>
/// Times pieces of work over the same items, interleaving their rounds so that a shared machine's load falls on
/// every contender alike, and reports each round's rate.
/// </summary>
public static class Measurement
{
    /// <returns>Items per second of each pass in each of <paramref name="rounds"/> interleaved rounds: [pass][round].</returns>
    /// <param name="warmupSeconds">Each pass runs at least three times and at least this long before the rounds, so
    /// that code the runtime compiles fully only once it is hot is measured at the speed a long run sees.</param>
    public static double[][] ItemsPerSecond(int itemsPerPass, IReadOnlyList<Action> passes, int rounds = 7, double secondsPerRound = 1, double warmupSeconds = 0)
    {
        ArgumentNullException.ThrowIfNull(passes);
        foreach (var pass in passes)
        {
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 3 || sw.Elapsed.TotalSeconds < warmupSeconds; i++)
            {
                pass();
            }
        }

        var rates = passes.Select(_ => new double[rounds]).ToArray();
        for (var r = 0; r < rounds; r++)
        {
            // The order turns round each round, so no pass always runs right after another's garbage.
            for (var k = 0; k < passes.Count; k++)
            {
                var p = r % 2 == 0 ? k : passes.Count - 1 - k;
                var sw = Stopwatch.StartNew();
                var count = 0;
                while (sw.Elapsed.TotalSeconds < secondsPerRound)
                {
                    passes[p]();
                    count++;
                }

                rates[p][r] = count * itemsPerPass / sw.Elapsed.TotalSeconds;
            }
        }

        return rates;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static string Machine() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}";

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
