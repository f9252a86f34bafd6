using System.Diagnostics;
using System.Globalization;
using Extractor.Cli.Workers;
using Extractor.Readers;
using Extractor.Readers.Pdf;
using UglyToad.PdfPig;

namespace Extractor.Benchmarks;

/// <summary>
/// Pages per second of the whole PDF pipeline (read, recognise, check) next to bare PdfPig letter extraction of the
/// same files and poppler's pdftotext run as a process, then the peak memory of a long PDF. Targets: the pipeline
/// keeps at least 60% of the bare PdfPig rate; a 300-page PDF parses in under 500 MB.
/// </summary>
public static class PdfBenchmark
{
    public static int Run(string[] args)
    {
        var iterations = Option(args, "--iterations", 5);
        var pages = Option(args, "--pages", 300);
        var folder = args.SkipWhile(a => a != "--dir").Skip(1).FirstOrDefault() ?? Path.Combine("fixtures", "pdf");
        var corpus = PdfCorpus.Load(folder);
        if (corpus.Files.Count == 0)
        {
            Console.Error.WriteLine($"no readable PDF in {Path.GetFullPath(folder)}");
            return 1;
        }

        Console.WriteLine($"machine: {MachineDescription.Describe()}");
        Console.WriteLine($"corpus: {corpus.Files.Count} PDFs, {corpus.Pages} pages from {Path.GetFullPath(folder)}; median of {iterations} interleaved passes after {3} warm-up passes");

        // Text layers only, like for like with the bare letter extraction: a scan in the folder costs its "no text
        // layer" finding here, and OCR has its own benchmark.
        using var pool = new WorkerPool(WorkerSettings.Default with { Workers = 1, Ocr = false });
        var rates = Timing.MedianPagesPerSecond(corpus.Pages, iterations, () => BarePdfPig(corpus), () => Pipeline(corpus), () => ThroughWorker(corpus, pool));
        var (bare, pipeline, worker) = (rates[0], rates[1], rates[2]);
        Console.WriteLine(F($"bare PdfPig letters : {bare,8:0.0} pages/s"));
        Console.WriteLine(F($"whole pipeline      : {pipeline,8:0.0} pages/s  ({100 * pipeline / bare:0}% of bare PdfPig; target >= 60%)"));
        Console.WriteLine(F($"through one worker  : {worker,8:0.0} pages/s  ({100 * worker / bare:0}% of bare PdfPig; target >= 60%)"));
        if (Pdftotext(corpus, iterations) is { } poppler)
        {
            Console.WriteLine(F($"pdftotext (process) : {poppler,8:0.0} pages/s"));
        }
        else
        {
            Console.WriteLine("pdftotext (process) : not installed (apt-get install poppler-utils)");
        }

        var large = Path.Combine(Path.GetTempPath(), $"extractor-bench-{Environment.ProcessId}.pdf");
        try
        {
            var source = corpus.Files.FirstOrDefault(f => f.Path.EndsWith("2021_long_repeated_header_libreoffice.pdf", StringComparison.Ordinal));
            LargePdfMaker.Make(source.Bytes ?? corpus.Files[0].Bytes, pages, large);
            var (peak, heap, seconds, status, cells) = PeakMemoryProbe.Measure(large);
            Console.WriteLine(F($"{pages}-page PDF ({new FileInfo(large).Length / 1048576.0:0.0} MB): peak working set {peak:0} MB (target < 500 MB), GC heap {heap:0} MB, {seconds:0.00} s cold, {pages / seconds:0} pages/s, status {status}, {cells} cells"));
        }
        finally
        {
            File.Delete(large);
        }

        return 0;
    }

    private static void BarePdfPig(PdfCorpus corpus)
    {
        var letters = 0L;
        foreach (var (_, bytes) in corpus.Files)
        {
            // The pipeline's own options: PdfPig's defaults are up to twice as slow on Chromium's Type 3 fonts.
            using var document = PdfDocument.Open(bytes, PdfReader.Options);
            for (var p = 1; p <= document.NumberOfPages; p++)
            {
                letters += document.GetPage(p).Letters.Count;
            }
        }

        GC.KeepAlive(letters);
    }

    private static void Pipeline(PdfCorpus corpus)
    {
        var processor = new DocumentProcessor(ProcessingLimits.Default with { Ocr = false });
        foreach (var (path, bytes) in corpus.Files)
        {
            GC.KeepAlive(processor.Process(bytes, path));
        }
    }

    private static void ThroughWorker(PdfCorpus corpus, WorkerPool pool)
    {
        foreach (var (path, bytes) in corpus.Files)
        {
            GC.KeepAlive(pool.Parse(bytes, path, null));
        }
    }

    private static double? Pdftotext(PdfCorpus corpus, int iterations)
    {
        try
        {
            return Timing.MedianPagesPerSecond(corpus.Pages, iterations, () =>
            {
                foreach (var (path, _) in corpus.Files)
                {
                    var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
                    start.ArgumentList.Add(path);
                    start.ArgumentList.Add("-");
                    using var child = Process.Start(start)!;
                    child.StandardOutput.ReadToEnd();
                    child.WaitForExit();
                }
            })[0];
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
