using System.Diagnostics;
using System.Text;
using Extractor.Cli;
using Extractor.Tests.Cli;
using Extractor.Tests.Crawl.Site;
using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Crawl;

/// <summary>Hosts that fail, hosts that ask for a slower pace, many hosts at once, and a sources CSV.</summary>
[NonParallelizable]
public sealed class MultiHostTests
{
    [Test]
    public async Task A_host_that_keeps_failing_opens_its_breaker_and_is_left_alone()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path.Value switch
        {
            "/robots.txt" => Answer(context, 404, string.Empty),
            "/list.html" => Answer(context, 200, Listing(10)),
            _ => Answer(context, 503, "<html><body>Service Unavailable</body></html>"),
        });
        using var folders = new CrawlFolders();

        await folders.CrawlAsync(server.Url("/list.html"), o => o with
        {
            BreakerMinimumThroughput = 4,
            BreakerFailureRatio = 0.5,
            BreakerBreakDuration = TimeSpan.FromMinutes(1),
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        });

        var rows = folders.Documents();
        var documents = rows.Values.Where(d => d["url"].Contains("/r", StringComparison.Ordinal) && !d["url"].EndsWith("/robots.txt", StringComparison.Ordinal)).ToList();
        var robots = rows[server.Url("/robots.txt").AbsoluteUri];
        using (Assert.EnterMultipleScope())
        {
            Assert.That((robots["status"], robots["http_status"], robots["note"]), Is.EqualTo(("error", "404", "HTTP 404: not found; no robots.txt: everything allowed (RFC 9309)")));
            Assert.That(documents, Has.Count.EqualTo(10));
            Assert.That(documents.Select(d => d["status"]), Has.All.EqualTo("error"));
            Assert.That(documents.Count(d => d["note"].Contains("breaker", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(5));
            Assert.That(server.Requests.Count(r => r.Status == 503), Is.LessThan(10), "once open, the breaker spares the host");
        }
    }

    [Test]
    public async Task A_robots_crawl_delay_longer_than_ours_is_honoured()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path.Value switch
        {
            "/robots.txt" => Answer(context, 200, "User-agent: *\nCrawl-delay: 0.15\n"),
            "/list.html" => Answer(context, 200, Listing(3)),
            var path => Answer(context, 200, Report(path!)),
        });
        using var folders = new CrawlFolders();

        await folders.CrawlAsync(server.Url("/list.html"), o => o with { Delay = TimeSpan.FromMilliseconds(20) });

        var requests = server.Requests;
        var gaps = requests.Zip(requests.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a.End, b.Start)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests, Has.Count.EqualTo(5));
            Assert.That(gaps.Min(), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(148)));
        }
    }

    [Test]
    public async Task A_robots_txt_read_again_is_compared_with_the_last_file_the_host_served()
    {
        string? rules = "User-agent: *\nDisallow: /private/\n";
        var first = rules;
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path.Value switch
        {
            "/robots.txt" => rules is null ? Answer(context, 404, string.Empty) : Answer(context, 200, rules),
            "/list.html" => Answer(context, 200, Listing(1)),
            var path => Answer(context, 200, Report(path!)),
        });
        using var folders = new CrawlFolders();
        var robotsUrl = server.Url("/robots.txt").AbsoluteUri;
        var statuses = new List<string>();
        foreach (var next in new[] { first, null, first, first, "User-agent: *\nDisallow: /other/\n" })
        {
            rules = next;
            await folders.CrawlAsync(server.Url("/list.html"), o => o with { Delay = TimeSpan.FromMilliseconds(20), RobotsLifetime = TimeSpan.Zero });
            statuses.Add(folders.Documents()[robotsUrl]["status"]);
        }

        Assert.That(statuses, Is.EqualTo(new[] { "new", "error", "unchanged", "unchanged", "changed" }), "a 404 in between does not make the same file new");
    }

    [Test]
    public async Task A_seed_that_is_robots_txt_has_one_row()
    {
        await using var server = await LoopbackServer.StartAsync(context => Answer(context, 200, "User-agent: *\nDisallow:\n"));
        using var folders = new CrawlFolders();

        await folders.CrawlAsync(server.Url("/robots.txt"));

        var rows = folders.Read("documents.csv").Rows;
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(new[] { server.Url("/robots.txt").AbsoluteUri }));
    }

    [Test]
    public async Task Hosts_are_crawled_side_by_side_each_one_request_at_a_time()
    {
        var latency = TimeSpan.FromMilliseconds(40);
        var servers = new List<LoopbackServer>();
        try
        {
            foreach (var address in new[] { "127.0.0.1", "127.0.0.2", "127.0.0.3" })
            {
                servers.Add(await LoopbackServer.StartAsync(
                    async context =>
                    {
                        await Task.Delay(latency);
                        await (context.Request.Path.Value switch
                        {
                            "/robots.txt" => Answer(context, 404, string.Empty),
                            "/list.html" => Answer(context, 200, Listing(5)),
                            var path => Answer(context, 200, Report(path!)),
                        });
                    },
                    address));
            }

            using var folders = new CrawlFolders();
            var delay = TimeSpan.FromMilliseconds(50);
            var started = Stopwatch.GetTimestamp();
            await Extractor.Crawler.CrawlRun.RunAsync([.. servers.Select(s => new Extractor.Crawler.Seed(s.Url("/list.html")))], folders.Options with { Delay = delay }, folders.Out, CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started);

            var perHost = servers.Select(s => s.Requests).ToList();
            var oneHostAlone = (perHost[0].Count * latency) + ((perHost[0].Count - 1) * delay);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(perHost.Select(r => r.Count), Has.All.EqualTo(7), "robots.txt, the listing, five reports");
                foreach (var requests in perHost)
                {
                    Assert.That(requests.Zip(requests.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a.End, b.Start)).Min(), Is.GreaterThanOrEqualTo(delay - TimeSpan.FromMilliseconds(2)));
                }

                var spans = perHost.Select(r => (Start: r.Min(x => x.Start), End: r.Max(x => x.End))).ToList();
                Assert.That(spans.Max(s => s.Start), Is.LessThan(spans.Min(s => s.End)), "every host is being crawled while every other is");
                Assert.That(elapsed, Is.LessThan(oneHostAlone * 3), "three hosts take less than three times one");
                Assert.That(folders.Documents().Values.Count(d => d["status"] == "new"), Is.EqualTo(18));
            }
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    [Test]
    public async Task A_sources_csv_names_the_agency_and_region_and_limits_the_years()
    {
        await using var portal = await FixturePortal.StartAsync();
        using var folders = new CrawlFolders();
        var sources = folders.Combine("sources.csv");
        File.WriteAllText(sources, $"\ufeffurl,agency,region_code,level,years\n{portal.Listing},青石县人民政府,110101,county,2022-2023\n", Encoding.UTF8);

        var run = CommandRun.Of("crawl", sources, "--state", folders.State, "--out", folders.Out, "--delay", "0.02");

        var reports = folders.Read("reports.csv");
        var rows = reports.Rows.Select(r => reports.Header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2)).OrderBy(r => r["year"], StringComparer.Ordinal).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(rows.Select(r => r["year"]), Is.EqualTo(new[] { "2022", "2023" }));
            Assert.That(rows.Select(r => r["region_code"]), Has.All.EqualTo("110101"));
            Assert.That(rows[0]["agency"], Is.EqualTo(FixtureSite.Expectations()[FixtureSite.GbkReport].Agency), "a department's report on the county's column keeps its own name");
            Assert.That(rows[1]["agency"], Is.EqualTo("青石县人民政府"), "the same body in other words takes the sources CSV's name");
            Assert.That(run.Stdout, Does.StartWith($"crawled 7 URLs on 1 host: 7 new, 0 changed, 0 unchanged, 0 skipped, 0 blocked, 0 failed\n  {portal.Server.Authority}  7 new"));
            Assert.That(run.Stdout, Does.Contain("parsed 2 documents: 2 ok"));
            var agencies = folders.Read("agencies.csv");
            Assert.That(agencies.Column("how"), Is.Not.Empty.And.All.EqualTo("sources"), "a sources CSV's region code wins over the title");
            Assert.That(agencies.Column("region_name"), Has.All.EqualTo("东城区"));
        }
    }

    [Test]
    public void A_sources_csv_with_a_bad_region_code_is_a_bad_argument()
    {
        using var folders = new CrawlFolders();
        var sources = folders.Combine("sources.csv");
        File.WriteAllText(sources, "url,agency,region_code\nhttp://127.0.0.1:9/,某县,1101\n");

        var run = CommandRun.Of("crawl", sources, "--state", folders.State, "--out", folders.Out);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.BadArguments));
            Assert.That(run.Stderr, Does.Contain("line 2: region_code '1101' is not 6 digits"));
        }
    }

    [Test]
    public async Task A_compressed_body_is_measured_after_decompression()
    {
        var bomb = Gzip(new byte[3 << 20]);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path.Value == "/robots.txt")
            {
                await Answer(context, 404, string.Empty);
                return;
            }

            context.Response.ContentType = "application/pdf";
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb);
        });
        using var folders = new CrawlFolders();

        await folders.CrawlAsync(server.Url("/2024年政府信息公开工作年度报告.pdf"));

        var document = folders.Documents().Values.Single(d => !d["url"].EndsWith("/robots.txt", StringComparison.Ordinal));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bomb, Has.Length.LessThan(100_000));
            Assert.That(document["status"], Is.EqualTo("skipped"));
            Assert.That(document["note"], Does.StartWith("too large"));
            Assert.That(Directory.EnumerateFiles(Path.Combine(folders.State, "archive"), "*", SearchOption.AllDirectories), Is.Empty);
        }
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.SmallestSize))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static string Listing(int reports) =>
        "<html><head><meta charset=\"utf-8\"></head><body><ul>" +
        string.Concat(Enumerable.Range(0, reports).Select(i => $"<li><a href=\"/r{i}.html\">某某县{2024 - i}年政府信息公开工作年度报告</a></li>")) +
        "<li><a href=\"/news.html\">新闻</a></li></ul></body></html>";

    private static string Report(string path) =>
        $"<html><head><meta charset=\"utf-8\"></head><body><h1>某某县2020年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>{path}</p></body></html>";

    private static Task Answer(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(body);
    }
}
