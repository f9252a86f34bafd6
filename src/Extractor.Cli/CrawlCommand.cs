using System.Globalization;
using Extractor.Cli.Workers;
using Extractor.Core.Text;
using Extractor.Crawler;
using Extractor.Crawler.State;

namespace Extractor.Cli;

/// <summary>Runs <c>extractor crawl</c> and maps its ends to the contract's exit statuses.</summary>
public static class CrawlCommand
{
    private const string Prefix = "extractor: ";

    public static int Run(CrawlRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        List<Seed> seeds;
        try
        {
            seeds = Seeds(request.Inputs);
        }
        catch (FormatException e)
        {
            stderr.WriteLine(Prefix + e.Message);
            return ExitCode.BadArguments;
        }

        try
        {
            // A read-only output folder is found out now, not after a night of crawling.
            Extractor.Output.OutputFolder.Prepare(request.OutputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var what = Directory.Exists(request.OutputFolder) ? "cannot write to output folder" : "cannot create output folder";
            stderr.WriteLine($"{Prefix}{what} {request.OutputFolder}: {Excerpt.OneLine(e.Message)}");
            return ExitCode.RunFailed;
        }

        var settings = request.Workers ?? WorkerSettings.Default;
        using var pool = settings.Workers > 0 ? new WorkerPool(settings) : null;
        try
        {
            pool?.Warm();
        }
        catch (WorkerStartException e)
        {
            stderr.WriteLine($"{Prefix}cannot start a reader process: {Excerpt.OneLine(e.Message)} (--workers 0 reads in this process)");
            return ExitCode.RunFailed;
        }

        if (request.Options.Render && Crawler.Rendering.ChromiumRenderer.FindBrowser(request.Options.BrowserPath) is null)
        {
            stderr.WriteLine(Prefix + CrawlRun.RenderUnavailable);
        }

        try
        {
            var output = CrawlRun.RunAsync(seeds, request.Options, request.OutputFolder, pool, cancellationToken).GetAwaiter().GetResult();
            foreach (var line in CrawlSummary.Lines(output.Hosts))
            {
                stdout.WriteLine(line);
            }

            stdout.WriteLine(RunSummary.Line(output.Reports.ToList(), request.OutputFolder));
            return ExitCode.Completed;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine($"{Prefix}interrupted; what was fetched is kept in {request.Options.StateFolder}: run again with the same --state to resume");
            return ExitCode.RunFailed;
        }
        catch (Exception e) when (e is StateLockedException or StateCorruptException)
        {
            stderr.WriteLine(Prefix + Excerpt.OneLine(e.Message));
            return ExitCode.RunFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{Prefix}cannot write the state or the output: {Excerpt.OneLine(e.Message)}");
            return ExitCode.RunFailed;
        }
    }

    private static List<Seed> Seeds(IReadOnlyList<string> inputs)
    {
        var seeds = new List<Seed>();
        foreach (var input in inputs)
        {
            if (CrawlArguments.IsUrlLike(input))
            {
                var url = Crawler.Discovery.UrlCanonicalizer.Canonical(input.Contains("://", StringComparison.Ordinal) ? input : "http://" + input)
                    ?? throw new FormatException($"not an http or https URL: {input}");
                seeds.Add(new Seed(url));
            }
            else
            {
                seeds.AddRange(SourcesFile.Read(input));
            }
        }

        return seeds.Count > 0 ? seeds : throw new FormatException("the sources CSV lists no URL");
    }

}

/// <summary>The lines a crawl prints before the parse summary: the run's totals, then one line per host.</summary>
public static class CrawlSummary
{
    public static IEnumerable<string> Lines(IReadOnlyList<Crawler.Engine.HostSummary> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        var total = new Crawler.Engine.HostSummary(
            "total", hosts.Sum(h => h.New), hosts.Sum(h => h.Changed), hosts.Sum(h => h.Unchanged), hosts.Sum(h => h.Skipped), hosts.Sum(h => h.Blocked), hosts.Sum(h => h.Failed));
        var urls = total.New + total.Changed + total.Unchanged + total.Skipped + total.Blocked + total.Failed;
        yield return string.Create(CultureInfo.InvariantCulture, $"crawled {urls} URLs on {hosts.Count} {(hosts.Count == 1 ? "host" : "hosts")}: {Counts(total)}");
        var width = hosts.Count == 0 ? 0 : hosts.Max(h => h.Host.Length);
        foreach (var host in hosts)
        {
            yield return host.Reason is null ? $"  {host.Host.PadRight(width)}  {Counts(host)}" : $"  {host.Host.PadRight(width)}  {Counts(host)}; {host.Reason}";
        }
    }

    private static string Counts(Crawler.Engine.HostSummary h) => string.Create(
        CultureInfo.InvariantCulture,
        $"{h.New} new, {h.Changed} changed, {h.Unchanged} unchanged, {h.Skipped} skipped, {h.Blocked} blocked, {h.Failed} failed");
}
