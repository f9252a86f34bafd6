using System.Diagnostics;
using System.Globalization;
using Extractor.Cli.Workers;
using Extractor.Readers;
using UglyToad.PdfPig;

namespace Extractor.Benchmarks;

/// <summary>
/// Pages per second and peak memory of reading a scanned report by OCR: once in a fresh process (model load and JIT
/// included, the cost a run pays for its first scan), then warm in process one document at a time, then warm through
/// the default reader processes (one per core) with as many documents at once, as <c>extractor parse</c> reads a folder.
/// </summary>
public static class OcrBenchmark
{
    public const string DefaultFile = "fixtures/scan/bench/bench_6_pages_scan.pdf";

    public static int Run(string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? DefaultFile;
        var runs = Option(args, "--runs", 3);
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"no such file: {Path.GetFullPath(file)}");
            return 1;
        }

        var bytes = File.ReadAllBytes(file);
        int pages;
        using (var document = PdfDocument.Open(bytes))
        {
            pages = document.NumberOfPages;
        }

        Console.WriteLine($"machine: {MachineDescription.Describe()}; load average {LoadAverage()}");
        Console.WriteLine($"document: {Path.GetFullPath(file)}, {pages} pages, {bytes.Length / 1024.0:0} KB; {runs} timed runs each");

        var (peak, heap, seconds, status, cells) = PeakMemoryProbe.Measure(Path.GetFullPath(file));
        Console.WriteLine(F($"fresh process, once    : {seconds,6:0.0} s = {pages / seconds:0.00} pages/s, peak working set {peak:0} MB (GC heap {heap:0} MB), status {status}, {cells} cells"));

        var processor = new DocumentProcessor();
        var first = processor.Process(bytes, file);
        if (first.Format != "pdf-ocr")
        {
            Console.Error.WriteLine($"not read by OCR: format {first.Format}, status {first.Status}, {first.Error}");
            return 1;
        }

        var inProcess = new List<(double Wall, double Cpu)>();
        for (var r = 0; r < runs; r++)
        {
            inProcess.Add(Timed(() => processor.Process(bytes, file)));
        }

        var (wall, cpu) = inProcess.OrderBy(t => t.Wall).ElementAt(inProcess.Count / 2);
        Console.WriteLine(F($"warm, in process       : {pages / wall,6:0.00} pages/s ({wall / pages:0.00} s a page, {cpu / pages:0.00} CPU-s a page), one document at a time"));

        var workers = WorkerSettings.Default.Workers;
        using var pool = new WorkerPool(WorkerSettings.Default);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ => pool.Parse(bytes, file, null));
        var pooled = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ => GC.KeepAlive(pool.Parse(bytes, file, null)));
            pooled.Add(workers * pages / clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(F($"warm, {workers} reader processes: {pooled.Order().ElementAt(pooled.Count / 2),6:0.00} pages/s, {workers} documents at a time"));
        return 0;
    }

    private static (double Wall, double Cpu) Timed(Action action)
    {
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var wall = clock.Elapsed.TotalSeconds;
        self.Refresh();
        return (wall, (self.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
