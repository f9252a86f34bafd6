using System.Diagnostics;

namespace Extractor.Benchmarks;

/// <summary>
/// Times passes over a set of documents: all passes are warmed up first (the JIT tiers code up over the first
/// runs, which would favour whichever pass ran later), then timed in turn, iteration by iteration, and each pass's
/// median rate is kept. The order of the passes alternates from one iteration to the next, so neither always runs
/// right after the other's garbage.
/// </summary>
public static class Timing
{
    private const int WarmUps = 3;

    /// <summary>The median pages per second of each pass over <paramref name="iterations"/> interleaved timed runs.</summary>
    public static double[] MedianPagesPerSecond(int pages, int iterations, params Action[] passes)
    {
        for (var w = 0; w < WarmUps; w++)
        {
            foreach (var pass in passes)
            {
                pass();
            }
        }

        var rates = passes.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < iterations; i++)
        {
            for (var k = 0; k < passes.Length; k++)
            {
                var p = i % 2 == 0 ? k : passes.Length - 1 - k;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var clock = Stopwatch.StartNew();
                passes[p]();
                rates[p].Add(pages / clock.Elapsed.TotalSeconds);
            }
        }

        return [.. rates.Select(r => r.Order().ElementAt(r.Count / 2))];
    }
}
