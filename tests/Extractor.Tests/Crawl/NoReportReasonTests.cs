using Extractor.Crawler.Engine;
using Extractor.Crawler.State;

namespace Extractor.Tests.Crawl;

public sealed class NoReportReasonTests
{
    private static VisitRow Row(VisitStatus status, string? note, bool document = false) =>
        new("http://a.gov.cn/x", null, status, 200, "text/html", 1, null, "2026-01-01T00:00:00Z", document, note, "a.gov.cn");

    [Test]
    public void A_host_with_a_report_needs_no_reason() =>
        Assert.That(NoReportReason.Of([Row(VisitStatus.Unchanged, null, document: true), Row(VisitStatus.Blocked, "HTTP 412")]), Is.Null);

    [Test]
    public void Every_cause_is_counted()
    {
        var reason = NoReportReason.Of(
        [
            Row(VisitStatus.Blocked, "HTTP 412: anti-bot challenge"),
            Row(VisitStatus.Blocked, "JavaScript cookie challenge"),
            Row(VisitStatus.Skipped, "disallowed by robots.txt"),
            Row(VisitStatus.New, "no report links; listing built by script (try --render)"),
            Row(VisitStatus.New, "no report links"),
            Row(VisitStatus.Error, "HTTP 500 after 3 retries"),
        ]);

        Assert.That(reason, Is.EqualTo(
            "no report found: blocked 2 URLs; robots.txt disallows 1 URL; listing built by script on 1 page (try --render); no report links on 2 listing pages; failed 1 URL"));
    }

    [Test]
    public void The_summary_line_carries_the_reason()
    {
        var lines = Extractor.Cli.CrawlSummary.Lines([new HostSummary("a.gov.cn", 1, 0, 0, 0, 0, 0, "no report found: blocked 1 URL")]).ToList();

        Assert.That(lines[^1], Does.EndWith("1 new, 0 changed, 0 unchanged, 0 skipped, 0 blocked, 0 failed; no report found: blocked 1 URL"));
    }
}
