using Extractor.Cli.Workers;
using Extractor.Crawler;
using Extractor.Readers;
using Extractor.Tests.Crawl;
using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Workers;

/// <summary>
/// A portal whose report carries an attachment that overflows the PDF reader's stack: the crawl reads it in a worker,
/// records it as a failed report, and the next night does not read it again unless the parser version changed.
/// </summary>
[NonParallelizable]
public sealed class HostileCrawlTests
{
    private const string Listing = "/xxgk/ndbg/index.html";
    private const string ReportPage = "/xxgk/ndbg/t20240125_2023.html";
    private const string Attachment = "/xxgk/ndbg/P020240125_2023.pdf";
    private const string ETag = "\"hostile-1\"";

    private static readonly byte[] Hostile = HostilePdfs.MutualReferences();

    [Test]
    public async Task A_hostile_attachment_is_a_failed_row_and_is_not_read_again_the_next_night()
    {
        await using var portal = await LoopbackServer.StartAsync(AnswerAsync);
        using var folders = new CrawlFolders();
        var settings = new WorkerSettings(1, WorkerSettings.DefaultMaxMemoryMb, TimeSpan.FromSeconds(30));
        var attachment = portal.Url(Attachment).AbsoluteUri;

        IReadOnlyList<string> readFirst;
        using (var pool = new WorkerPool(settings))
        {
            var recording = new RecordingParser(pool);
            await CrawlRun.RunAsync([new Seed(portal.Url(Listing))], folders.Options, folders.Out, recording, CancellationToken.None);
            readFirst = recording.Sources;
        }

        var first = Row(folders, attachment);

        IReadOnlyList<string> readSecond;
        using (var pool = new WorkerPool(settings))
        {
            var recording = new RecordingParser(pool);
            await CrawlRun.RunAsync([new Seed(portal.Url(Listing))], folders.Options, folders.Out, recording, CancellationToken.None);
            readSecond = recording.Sources;
        }

        var second = Row(folders, attachment);

        IReadOnlyList<string> readThird;
        using (var pool = new WorkerPool(settings))
        {
            var recording = new RecordingParser(pool);
            await CrawlRun.RunAsync([new Seed(portal.Url(Listing))], folders.Options with { ParserVersion = "next" }, folders.Out, recording, CancellationToken.None);
            readThird = recording.Sources;
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(("failed", "reader crashed on this document (stack overflow)")));
            Assert.That(readFirst, Does.Contain(attachment));
            Assert.That(second, Is.EqualTo(first), "the next night keeps the failure");
            Assert.That(readSecond, Does.Not.Contain(attachment), "not read again while the parser version is the same");
            Assert.That(readThird, Does.Contain(attachment), "a new parser version reads it again");
        }
    }

    private sealed class RecordingParser(IDocumentParser inner) : IDocumentParser
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> sources = new();

        public IReadOnlyList<string> Sources => [.. sources];

        public Core.Reports.ReportResult Parse(byte[] bytes, string source, string? contentType)
        {
            sources.Enqueue(source);
            return inner.Parse(bytes, source, contentType);
        }
    }

    private static (string Status, string Error) Row(CrawlFolders folders, string source)
    {
        var reports = folders.Read("reports.csv");
        var row = reports.Rows.Single(r => reports.Field(reports.Rows.ToList().IndexOf(r), "source") == source);
        return (row[7], row[8]);
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        switch (path)
        {
            case Listing:
                await Html(context, $"""
                    <html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body><ul>
                    <li><a href="{ReportPage}">青石县人民政府办公室2023年政府信息公开工作年度报告</a><span>2024-01-25</span></li>
                    </ul></body></html>
                    """);
                break;
            case ReportPage:
                await Html(context, """
                    <html><head><meta charset="utf-8"><title>青石县人民政府办公室2023年政府信息公开工作年度报告</title></head><body>
                    <h1>青石县人民政府办公室2023年政府信息公开工作年度报告</h1>
                    <p>附件：<a href="P020240125_2023.pdf">2023年度政府信息公开工作年度报告.pdf</a></p>
                    </body></html>
                    """);
                break;
            case Attachment:
                context.Response.Headers.ETag = ETag;
                if (context.Request.Headers.IfNoneMatch == ETag)
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }

                context.Response.ContentType = "application/pdf";
                await context.Response.Body.WriteAsync(Hostile);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static Task Html(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html);
    }
}
