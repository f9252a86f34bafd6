using System.Diagnostics;
using System.Globalization;
using Extractor.Tests.Recognition.Recovery;

namespace Extractor.Benchmarks;

/// <summary>
/// The glued-report property run at scale: random template-consistent reports of both eras, flattened onto one line
/// with their cells glued, read by the whole recogniser; prints how many cells were read, how many of those the
/// identities recovered, and every wrong one (there must be none). Exit 1 where any cell is wrong.
/// </summary>
public static class RecoveryTrial
{
    public static int Run(string[] args)
    {
        var reports = 10_000;
        var seed = 20_261_204;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--reports":
                    reports = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        var outcome = GluedReports.Run(seed, reports);
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recovery: {outcome.Reports} random glued reports (seed {seed}), {MachineDescription.Describe()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  read as a report of their era: {outcome.Reports - outcome.NotTemplate}; every cell placed: {outcome.Complete}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cells: {outcome.Cells} in all, {outcome.Placed} placed ({100.0 * outcome.Placed / outcome.Cells:0.0}%), {outcome.Recovered} of them recovered by the identities"));
        foreach (var (table, (cells, placed)) in outcome.ByTable)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table}: {placed} of {cells} placed ({100.0 * placed / cells:0.0}%)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrong cells: {outcome.Wrong.Count}; {clock.Elapsed.TotalMilliseconds / outcome.Reports:0.0} ms per report"));
        foreach (var w in outcome.Wrong.Take(20))
        {
            Console.WriteLine("  WRONG " + w);
        }

        return outcome.Wrong.Count == 0 ? 0 : 1;
    }
}
