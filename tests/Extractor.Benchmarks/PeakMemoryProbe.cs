using System.Diagnostics;
using System.Globalization;
using Extractor.Readers;

namespace Extractor.Benchmarks;

/// <summary>
/// Peak memory of parsing one PDF, measured in a child process so that nothing else the benchmark loaded counts:
/// the child parses the file once and prints its peak working set and the GC's peak heap.
/// </summary>
public static class PeakMemoryProbe
{
    public static int RunChild(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var clock = Stopwatch.StartNew();
        var result = new DocumentProcessor().Process(bytes, path);
        var seconds = clock.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{self.PeakWorkingSet64 / 1048576.0:0} {gc.HeapSizeBytes / 1048576.0:0} {seconds:0.00} {result.Status} {result.Cells.Count}"));
        return 0;
    }

    /// <summary>Runs this program as a child on <paramref name="path"/>: (peak working set MB, heap MB, seconds, status, cells).</summary>
    public static (double PeakMb, double HeapMb, double Seconds, string Status, int Cells) Measure(string path)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(PeakMemoryProbe).Assembly.Location);
        }

        start.ArgumentList.Add("pdf-peak");
        start.ArgumentList.Add(path);
        using var child = Process.Start(start) ?? throw new InvalidOperationException("cannot start the child");
        var output = child.StandardOutput.ReadToEnd().Trim().Split(' ');
        child.WaitForExit();
        return (
            double.Parse(output[0], CultureInfo.InvariantCulture),
            double.Parse(output[1], CultureInfo.InvariantCulture),
            double.Parse(output[2], CultureInfo.InvariantCulture),
            output[3],
            int.Parse(output[4], CultureInfo.InvariantCulture));
    }
}
