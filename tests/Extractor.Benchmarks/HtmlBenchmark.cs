using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using Extractor.Cli.Workers;
using Extractor.Readers;

namespace Extractor.Benchmarks;

/// <summary>
/// Pages per second of the whole pipeline (decode, parse, flatten, recognise, check) next to a bare AngleSharp
/// parse of the same bytes, one thread. Issue 3's target: the pipeline keeps at least half the bare rate.
/// </summary>
public static class HtmlBenchmark
{
    public static int Run(string[] args)
    {
        // The folder is the argument that is neither an option nor an option's value (--seconds 2 and --warmup 10 are not folders).
        var folder = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] is not ("--seconds" or "--warmup"))).FirstOrDefault()
            ?? Path.Combine("fixtures", "html");
        var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(a => double.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(1);
        var pages = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: f, Bytes: File.ReadAllBytes(f)))
            .ToArray();
        if (pages.Length == 0)
        {
            Console.Error.WriteLine($"no .html files under {folder}");
            return 2;
        }

        var warmupSeconds = args.SkipWhile(a => a != "--warmup").Skip(1).Select(a => double.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(10);
        var parser = new HtmlParser();
        var processor = new DocumentProcessor();
        using var pool = new WorkerPool(WorkerSettings.Default with { Workers = 1 });

        // A fresh worker runs cold code until the runtime has compiled its hot methods fully: its rate second by
        // second of work is what a run's first documents see, and the rounds after it what the rest of a run sees.
        var warming = WarmUp(pages, pool, warmupSeconds);
        var rates = Measurement.ItemsPerSecond(
            pages.Length,
            [
                () =>
                {
                    foreach (var (_, bytes) in pages)
                    {
                        using var stream = new MemoryStream(bytes, writable: false);
                        parser.ParseDocument(stream);
                    }
                },
                () =>
                {
                    foreach (var (name, bytes) in pages)
                    {
                        processor.Process(bytes, name);
                    }
                },
                () =>
                {
                    foreach (var (name, bytes) in pages)
                    {
                        pool.Parse(bytes, name, null);
                    }
                },
            ],
            secondsPerRound: seconds,
            warmupSeconds: Math.Min(warmupSeconds, 3));
        var (bare, pipeline, worker) = (Measurement.Median(rates[0]), Measurement.Median(rates[1]), Measurement.Median(rates[2]));

        // Each round's pipeline rate against the bare rate of the same round: a shared machine's load drifts between
        // rounds, and the ratio within a round is the steadier figure.
        var ratios = rates[1].Zip(rates[0], (p, b) => p / b).Order().ToArray();
        var workerRatios = rates[2].Zip(rates[0], (p, b) => p / b).Order().ToArray();

        var kb = pages.Average(p => p.Bytes.Length) / 1024.0;
        Console.WriteLine($"html: {pages.Length} pages, {kb:0.0} KB average, one thread; {Measurement.Machine()}");
        Console.WriteLine($"  bare AngleSharp ParseDocument: {bare,8:0} pages/s (median of {rates[0].Length} rounds)");
        Console.WriteLine($"  whole pipeline:                {pipeline,8:0} pages/s ({pipeline / bare:P0} of bare)");
        Console.WriteLine($"  pipeline/bare round by round:  median {Measurement.Median(ratios):P0}, lowest {ratios[0]:P0}, highest {ratios[^1]:P0}");
        Console.WriteLine($"  through one worker process:    {worker,8:0} pages/s ({worker / bare:P0} of bare)");
        Console.WriteLine($"  worker/bare round by round:    median {Measurement.Median(workerRatios):P0}, lowest {workerRatios[0]:P0}, highest {workerRatios[^1]:P0}");
        Console.WriteLine($"  a fresh worker, second by second of its first {warmupSeconds:0} s: {string.Join(", ", warming.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))} pages/s");
        if (args.Contains("--stages"))
        {
            HtmlStages.Print(pages, seconds * 5);
        }

        return 0;
    }

    private static double[] WarmUp((string Name, byte[] Bytes)[] pages, WorkerPool pool, double seconds)
    {
        var rates = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            var window = Stopwatch.StartNew();
            var count = 0;
            while (window.Elapsed.TotalSeconds < 1)
            {
                foreach (var (name, bytes) in pages)
                {
                    pool.Parse(bytes, name, null);
                }

                count += pages.Length;
            }

            rates.Add(count / window.Elapsed.TotalSeconds);
        }

        return [.. rates];
    }
}
