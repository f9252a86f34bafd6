using System.Diagnostics;
using System.Globalization;
using CsvHelper;

namespace Extractor.Benchmarks;

/// <summary>
/// The whole program over good reports mixed with every hostile class (<see cref="HostileCorpus"/>): exit status, one
/// row per input, the hostile documents' reasons, and the peak memory of the run with its reader processes, summed
/// over the process tree every 50 ms (Linux /proc).
/// </summary>
public static class HostileRunBenchmark
{
    public static int Run(string[] args)
    {
        var good = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "fixtures";
        var extra = args.SkipWhile(a => a != "--").Skip(1).ToArray();
        var scratch = Directory.CreateTempSubdirectory("extractor-hostile-").FullName;
        try
        {
            var hostile = HostileCorpus.Write(Path.Combine(scratch, "hostile"));
            var goodCount = Directory.EnumerateFiles(good, "*", SearchOption.AllDirectories).Count(IsDocument);
            var output = Path.Combine(scratch, "out");
            var program = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "extractor.exe" : "extractor");
            var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])["parse", good, Path.Combine(scratch, "hostile"), "--out", output, .. extra])
            {
                start.ArgumentList.Add(argument);
            }

            var clock = Stopwatch.StartNew();
            using var run = Process.Start(start)!;
            var stdout = run.StandardOutput.ReadToEndAsync();
            var stderr = run.StandardError.ReadToEndAsync();
            long peak = 0;
            while (!run.WaitForExit(50))
            {
                peak = Math.Max(peak, TreeResidentBytes(run.Id));
            }

            clock.Stop();
            var rows = ReadRows(Path.Combine(output, "reports.csv"));
            Console.WriteLine($"hostile run: {goodCount} documents from {good} + {hostile.Count} hostile; {Measurement.Machine()}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  exit {run.ExitCode}, {rows.Count} rows for {goodCount + hostile.Count} inputs, {clock.Elapsed.TotalSeconds:0.0} s, peak memory of the run and its workers {peak / 1048576.0:0} MB"));
            Console.WriteLine($"  {stdout.Result.Trim()}");
            foreach (var name in hostile)
            {
                var row = rows.FirstOrDefault(r => r.Source.EndsWith(name, StringComparison.Ordinal));
                Console.WriteLine($"  {name,-30} {row.Status} {row.Error}");
            }

            if (stderr.Result.Length > 0)
            {
                Console.WriteLine($"  stderr: {stderr.Result.Trim().ReplaceLineEndings(" | ")}");
            }

            return run.ExitCode == 0 && rows.Count == goodCount + hostile.Count ? 0 : 1;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static bool IsDocument(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".text" or ".html" or ".htm" or ".shtml" or ".pdf" or ".doc" or ".docx" or ".wps"
        && !path.Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.'));

    private static List<(string Source, string Status, string Error)> ReadRows(string path)
    {
        var rows = new List<(string, string, string)>();
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        while (reader.Read())
        {
            rows.Add((reader.GetString(1), reader.GetString(7), reader.GetString(8)));
        }

        return rows;
    }

    /// <summary>Resident memory of a process and all its descendants, from /proc.</summary>
    private static long TreeResidentBytes(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        long total = 0;
        foreach (var pid in parents.Keys)
        {
            for (var p = pid; p > 1; p = parents.GetValueOrDefault(p, 0))
            {
                if (p == root)
                {
                    total += Resident(pid);
                    break;
                }
            }
        }

        return total;
    }

    private static int? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static long Resident(int pid)
    {
        try
        {
            var pages = long.Parse(File.ReadAllText($"/proc/{pid}/statm").Split(' ')[1], CultureInfo.InvariantCulture);
            return pages * Environment.SystemPageSize;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }
}
