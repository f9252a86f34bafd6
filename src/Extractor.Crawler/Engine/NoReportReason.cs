using System.Globalization;
using Extractor.Crawler.State;

namespace Extractor.Crawler.Engine;

/// <summary>
/// Why a host gave no report, from its visits' statuses and notes: blocked, refused by robots.txt, a listing built by
/// script (which --render may reach), or listing pages with no report link on them. A user running a nightly job over
/// hundreds of portals reads this line to know which ones need a look.
/// </summary>
public static class NoReportReason
{
    public static string? Of(IReadOnlyList<VisitRow> visits)
    {
        ArgumentNullException.ThrowIfNull(visits);
        if (visits.Any(v => v.IsDocument && v.Status is VisitStatus.New or VisitStatus.Changed or VisitStatus.Unchanged))
        {
            return null;
        }

        var reasons = new List<string>();
        var blocked = visits.Count(v => v.Status == VisitStatus.Blocked);
        if (blocked > 0)
        {
            reasons.Add(Count("blocked", blocked, "URL"));
        }

        var robots = visits.Count(v => v.Status == VisitStatus.Skipped && v.Note?.Contains("robots.txt", StringComparison.Ordinal) == true);
        if (robots > 0)
        {
            reasons.Add(Count("robots.txt disallows", robots, "URL"));
        }

        var scripted = visits.Count(v => v.Note?.Contains(CrawlEngine.ScriptBuilt, StringComparison.Ordinal) == true);
        if (scripted > 0)
        {
            var rendered = visits.Any(v => v.Note?.Contains("none after rendering", StringComparison.Ordinal) == true);
            var noBrowser = visits.Any(v => v.Note?.Contains("no Chromium found", StringComparison.Ordinal) == true);
            reasons.Add(Count(CrawlEngine.ScriptBuilt + " on", scripted, "page") +
                (rendered ? " (rendering found none either)" : noBrowser ? " (--render: no Chromium found)" : " (try --render)"));
        }

        var empty = visits.Count(v => v.Note?.StartsWith(CrawlEngine.NoReportLinks, StringComparison.Ordinal) == true || v.Note?.Contains("; " + CrawlEngine.NoReportLinks, StringComparison.Ordinal) == true);
        if (empty > 0)
        {
            reasons.Add(Count(CrawlEngine.NoReportLinks + " on", empty, "listing page"));
        }

        var failed = visits.Count(v => v.Status == VisitStatus.Error);
        if (failed > 0)
        {
            reasons.Add(Count("failed", failed, "URL"));
        }

        return reasons.Count == 0 ? "no report found" : "no report found: " + string.Join("; ", reasons);
    }

    private static string Count(string what, int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {n} {noun}{(n == 1 ? string.Empty : "s")}");
}
