using Extractor.Crawler.Discovery;
using Extractor.Crawler.State;
using Extractor.Output;
using Extractor.Readers;
using Extractor.Tests.Output;

namespace Extractor.Tests.Crawl;

public sealed class StateTests
{
    private static NewUrl Url(string path, LinkRole role = LinkRole.Report) =>
        new(new Uri("http://a.gov.cn" + path), role, 1, "http://a.gov.cn/", SourceInfo.None);

    [Test]
    public void A_url_is_queued_once_per_run_and_again_in_the_next()
    {
        using var folder = new TemporaryFolder();
        using var state = CrawlState.Open(folder.Path);
        var run = state.BeginRun("s", DateTimeOffset.UtcNow);

        var first = state.Enqueue(run.Id, [Url("/a"), Url("/b"), Url("/a")]);
        var again = state.Enqueue(run.Id, [Url("/a")]);
        state.Complete(run.Id, new Visit(new Uri("http://a.gov.cn/a"), VisitStatus.New, 200, "text/html", 3, DateTimeOffset.UtcNow, null, new ContentUpdate(new string('a', 64), "text/html", 3, null, null, true), "v"), [], null);
        state.FinishRun(run.Id, DateTimeOffset.UtcNow);
        var next = state.BeginRun("s", DateTimeOffset.UtcNow);
        var requeued = state.Enqueue(next.Id, [Url("/a")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Select(q => q.Url.AbsolutePath), Is.EqualTo(new[] { "/a", "/b" }));
            Assert.That(again, Is.Empty);
            Assert.That(next.Resumed, Is.False);
            Assert.That(requeued, Has.Count.EqualTo(1));
            Assert.That(state.Kept(new Uri("http://a.gov.cn/a"))!.Sha256, Is.EqualTo(new string('a', 64)), "the kept copy survives the new run, for a conditional GET");
        }
    }

    [Test]
    public void An_unfinished_run_with_the_same_signature_is_resumed_with_its_frontier_in_order()
    {
        using var folder = new TemporaryFolder();
        long runId;
        using (var state = CrawlState.Open(folder.Path))
        {
            runId = state.BeginRun("sig", DateTimeOffset.UtcNow).Id;
            state.Enqueue(runId, [Url("/1"), Url("/2"), Url("/3")]);
            state.Complete(runId, new Visit(new Uri("http://a.gov.cn/1"), VisitStatus.Error, 500, null, null, DateTimeOffset.UtcNow, "x", null, null), [Url("/4")], null);
        }

        using var reopened = CrawlState.Open(folder.Path);
        var resumed = reopened.BeginRun("sig", DateTimeOffset.UtcNow);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(resumed, Is.EqualTo(new CrawlRunInfo(runId, Resumed: true)));
            Assert.That(reopened.Pending(runId).Select(q => q.Url.AbsolutePath), Is.EqualTo(new[] { "/2", "/3", "/4" }));
            Assert.That(reopened.Visits(runId).Single().Status, Is.EqualTo(VisitStatus.Error));
        }

        var abandoned = reopened.BeginRun("other seeds", DateTimeOffset.UtcNow);
        Assert.That(abandoned.Resumed, Is.False);
        Assert.That(reopened.Pending(abandoned.Id), Is.Empty);
    }

    [Test]
    public void A_second_lock_on_a_folder_is_refused_and_released_with_the_first()
    {
        using var folder = new TemporaryFolder();
        using (StateLock.Acquire(folder.Path))
        {
            Assert.Throws<StateLockedException>(() => StateLock.Acquire(folder.Path));
        }

        Assert.DoesNotThrow(() => StateLock.Acquire(folder.Path).Dispose());
    }

    [Test]
    public void A_kept_report_gives_the_same_csv_rows_as_the_parsed_one()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("site", "xxgk", "ndbg", "202401", "t20240125_2023.html"));
        var parsed = new DocumentProcessor().Process(bytes, "http://a.gov.cn/r.html", "text/html; charset=utf-8");
        var kept = StoredReport.FromJson(StoredReport.ToJson(parsed))!;

        using var parsedOut = new TemporaryFolder();
        using var keptOut = new TemporaryFolder();
        ReportFiles.Write([parsed], parsedOut.Path);
        ReportFiles.Write([kept], keptOut.Path);
        using (Assert.EnterMultipleScope())
        {
            foreach (var file in ReportFiles.FileNames)
            {
                Assert.That(File.ReadAllBytes(keptOut.Combine(file)), Is.EqualTo(File.ReadAllBytes(parsedOut.Combine(file))), file);
            }

            Assert.That(StoredReport.FromJson("{\"not\": \"a report\""), Is.Null);
        }
    }
}
