using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using Extractor.Crawler;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extractor.Benchmarks;

/// <summary>
/// A simulated portal of many hosts (127.0.0.1, 127.0.0.2, …, each its own authority), every response 40 ms late,
/// crawled with the real crawler. The per-host delay alone allows no run shorter than, for the busiest host,
/// (requests − 1) × delay + requests × latency; the crawl must finish within 1.25 times that, which it can only do by
/// crawling the hosts side by side while keeping each one to one request at a time.
/// </summary>
public static class CrawlBenchmark
{
    private const double Bound = 1.25;

    public static async Task<int> RunAsync(string[] args)
    {
        var hosts = Option(args, "--hosts", 50);
        var reports = Option(args, "--reports", 8);
        var delay = TimeSpan.FromSeconds(Option(args, "--delay", new CrawlOptions().Delay.TotalSeconds));
        var latency = TimeSpan.FromMilliseconds(Option(args, "--latency", 40));
        var concurrency = Option(args, "--concurrency", new CrawlOptions().Concurrency);
        var page = await File.ReadAllBytesAsync(Path.Combine(Root(), "fixtures", "site", "xxgk", "ndbg", "202401", "t20240125_2023.html"));

        var log = new ConcurrentQueue<(string Host, long Start, long End)>();
        await using var app = await StartAsync(hosts, latency, reports, page, log);
        var listings = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Seed(new Uri(a + "/list.html")))
            .ToList();

        var work = Directory.CreateTempSubdirectory("extractor-crawl-benchmark-");
        try
        {
            var options = new CrawlOptions
            {
                StateFolder = Path.Combine(work.FullName, "state"),
                Delay = delay,
                Concurrency = concurrency,
            };
            var started = Stopwatch.GetTimestamp();
            var output = await CrawlRun.RunAsync(listings, options, Path.Combine(work.FullName, "out"), CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started);

            var perHost = log.GroupBy(r => r.Host).Select(g => g.OrderBy(r => r.Start).ToList()).ToList();
            var busiest = perHost.Max(r => r.Count);
            var least = ((busiest - 1) * delay) + (busiest * latency);
            var minGap = perHost.Min(r => r.Zip(r.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a.End, b.Start)).Min());
            var overlapping = perHost.Count(r => r.Zip(r.Skip(1)).Any(p => p.Second.Start < p.First.End));
            var ratio = elapsed / least;
            var gaps = perHost.SelectMany(r => r.Zip(r.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a.End, b.Start).TotalMilliseconds)).ToList();
            var firstRequest = Stopwatch.GetElapsedTime(started, log.Min(r => r.Start));
            var lastResponse = Stopwatch.GetElapsedTime(started, log.Max(r => r.End));
            var pass = ratio <= Bound && overlapping == 0 && minGap >= delay && output.Reports.Count == hosts * reports;

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                crawl benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC
                machine      {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}
                portal       {hosts} hosts × (robots.txt + listing + {reports} reports), {latency.TotalMilliseconds:0} ms latency
                crawler      delay {delay.TotalSeconds:0.###} s + up to {options.Jitter:P0} jitter, {options.PerHostConcurrency} per host, {concurrency} in flight
                requests     {log.Count} ({busiest} to the busiest host), reports parsed {output.Reports.Count}
                politeness   min gap {minGap.TotalMilliseconds:0} ms, mean {gaps.Average():0} ms, max {gaps.Max():0} ms, hosts with overlapping requests {overlapping}
                timeline     first request at {firstRequest.TotalSeconds:0.000} s, last response at {lastResponse.TotalSeconds:0.000} s
                least time   {least.TotalSeconds:0.000} s  ((requests − 1) × delay + requests × latency)
                crawl time   {elapsed.TotalSeconds:0.000} s  (state, fetch, parse, CSVs)
                ratio        {ratio:0.000} (bound {Bound}) → {(pass ? "pass" : "FAIL")}
                """));
            return pass ? 0 : 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<WebApplication> StartAsync(int hosts, TimeSpan latency, int reports, byte[] page, ConcurrentQueue<(string, long, long)> log)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            for (var i = 1; i <= hosts; i++)
            {
                k.Listen(IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"127.0.0.{i}")), 0);
            }
        });
        var app = builder.Build();
        var listing = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><ul>" +
            string.Concat(Enumerable.Range(0, reports).Select(i => string.Create(CultureInfo.InvariantCulture, $"<li><a href=\"/r{i}.html\">某县{2024 - i}年政府信息公开工作年度报告</a></li>"))) +
            "<li><a href=\"/news.html\">新闻</a></li></ul></body></html>");
        app.Run(async context =>
        {
            var start = Stopwatch.GetTimestamp();
            await Task.Delay(latency);
            var path = context.Request.Path.Value ?? "/";
            byte[] body;
            if (path == "/list.html")
            {
                body = listing;
            }
            else if (path.StartsWith("/r", StringComparison.Ordinal))
            {
                // Each host's reports differ by a comment, so every document is its own.
                body = [.. page, .. Encoding.UTF8.GetBytes($"<!-- {context.Request.Host}{path} -->")];
            }
            else
            {
                context.Response.StatusCode = 404;
                body = [];
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
            await context.Response.CompleteAsync();
            log.Enqueue((context.Request.Host.Value ?? string.Empty, start, Stopwatch.GetTimestamp()));
        });
        await app.StartAsync();
        return app;
    }

    private static T Option<T>(string[] args, string name, T fallback)
        where T : IParsable<T>
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? T.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Extractor.sln not found above " + AppContext.BaseDirectory);
    }
}
