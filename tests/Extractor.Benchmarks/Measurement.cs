using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Extractor.Benchmarks;

/// <summary>Runs a piece of work repeatedly for a while after a warm-up and reports the median rate of several rounds.</summary>
public static class Measurement
{
    /// <returns>Items per second: the median over <paramref name="rounds"/> rounds of about <paramref name="secondsPerRound"/> each.</returns>
    public static double ItemsPerSecond(int itemsPerPass, Action pass, int rounds = 5, double secondsPerRound = 2)
    {
        ArgumentNullException.ThrowIfNull(pass);
        for (var i = 0; i < 3; i++)
        {
            pass();
        }

        var rates = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var sw = Stopwatch.StartNew();
            var passes = 0;
            while (sw.Elapsed.TotalSeconds < secondsPerRound)
            {
                pass();
                passes++;
            }

            rates.Add(passes * itemsPerPass / sw.Elapsed.TotalSeconds);
        }

        rates.Sort();
        return rates[rates.Count / 2];
    }

    public static string Machine() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}";
}
