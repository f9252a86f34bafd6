using Extractor.Core.Checks;
using Extractor.Core.Regions;
using Extractor.Core.Reports;
using Extractor.Crawler.State;
using Extractor.Output;

namespace Extractor.Crawler.Engine;

/// <summary>What a crawl writes: every report known to the state (not only this run's) and this run's visits.</summary>
public sealed record CrawlOutput(IReadOnlyList<ReportResult> Reports, IReadOnlyList<CrawledDocument> Documents, IReadOnlyList<HostSummary> Hosts)
{
    /// <summary>The reports' agencies placed in regions (agencies.csv), after the sources CSV's codes were adopted.</summary>
    public IReadOnlyList<AgencyPlacement> Agencies { get; init; } = [];

    /// <summary>
    /// Reads the results out of the state. A document kept under several URLs is one report, whose source is the
    /// first of its URLs in order; its parse is taken from the state, or made again from the archive when the parser
    /// version changed.
    /// </summary>
    public static CrawlOutput Collect(CrawlState state, DocumentArchive archive, ReportReader reader, long runId)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(reader);
        var documents = state.Documents();
        var firstUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        var reports = new List<ReportResult>();
        foreach (var document in documents)
        {
            if (!firstUrl.TryAdd(document.Sha256, document.Url))
            {
                continue;
            }

            var report = reader.Kept(document.Sha256, document.ContentType);
            if (report is null)
            {
                var bytes = archive.Read(document.Sha256);
                if (bytes is null)
                {
                    report = ReportResult.Failed(document.Sha256[..16], document.Url, string.Empty, "the archived copy is missing from the state folder; it is fetched again when found again");
                }
                else
                {
                    (report, var stored) = reader.Parse(bytes, document.Sha256, document.ContentType, document.Url);
                    state.SaveParse(stored);
                    state.MarkParsed(document.Sha256, reader.ParserVersion);
                }
            }

            reports.Add(Adopt(report, document));
        }

        var visits = state.Visits(runId);

        // robots.txt rows stand among their host's URLs; the host summary counts the pages and documents only.
        // A seed or link that is itself a robots.txt has its own, fuller row.
        var visited = visits.Select(v => v.Url).ToHashSet(StringComparer.Ordinal);
        var rows = visits.Concat(state.RobotsVisits(runId).Where(r => !visited.Contains(r.Url)))
            .OrderBy(v => v.Url, StringComparer.Ordinal)
            .Select(v => Row(v, firstUrl))
            .ToList();
        var hosts = visits
            .GroupBy(v => v.Authority, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => HostSummary.Of(g.Key, g.Select(v => v.Status)) with { Reason = NoReportReason.Of(g.ToList()) })
            .ToList();
        var placed = RegionPlacement.Place(reports);
        return new CrawlOutput(CrossReportChecks.Apply(placed.Reports, placed.KeyOf), rows, hosts) { Agencies = placed.Agencies };
    }

    /// <summary>
    /// The sources CSV completes what the title says: its region code always, its agency where the title names none
    /// or names the same body in other words. A portal's column also carries its departments' reports, whose titles
    /// name another body: those keep their own name.
    /// </summary>
    internal static ReportResult Adopt(ReportResult report, DocumentUrl document)
    {
        var listed = document.Source.Agency;
        var parsed = report.Agency;
        var agency = listed is null || (!string.IsNullOrWhiteSpace(parsed) && !parsed.Contains(listed, StringComparison.Ordinal) && !listed.Contains(parsed, StringComparison.Ordinal))
            ? parsed
            : listed;
        return report with
        {
            Source = document.Url,
            Agency = agency,
            RegionCode = document.Source.RegionCode ?? report.RegionCode,
        };
    }

    private static CrawledDocument Row(VisitRow visit, Dictionary<string, string> firstUrl)
    {
        var holdsContent = visit.Status is VisitStatus.New or VisitStatus.Changed or VisitStatus.Unchanged;
        var sha = holdsContent ? visit.Sha256 : null;
        string? reportId = null;
        var note = visit.Note;
        if (sha is not null && visit.IsDocument)
        {
            reportId = sha[..16];
            if (firstUrl.TryGetValue(sha, out var first) && first != visit.Url)
            {
                note = note is null ? $"same document as {first}" : $"{note}; same document as {first}";
            }
        }

        return new CrawledDocument(visit.Url, visit.Referrer, visit.Status.ToCsv(), visit.HttpStatus, visit.ContentType, visit.Bytes, sha, visit.FetchedAt, reportId, note);
    }
}

/// <summary>A host's line of the run summary.</summary>
/// <param name="Reason">Where the host gave no report this run: why, as far as the crawler can tell; else null.</param>
public sealed record HostSummary(string Host, int New, int Changed, int Unchanged, int Skipped, int Blocked, int Failed, string? Reason = null)
{
    public static HostSummary Of(string host, IEnumerable<VisitStatus> statuses)
    {
        var list = statuses.ToList();
        int Count(VisitStatus s) => list.Count(x => x == s);
        return new HostSummary(host, Count(VisitStatus.New), Count(VisitStatus.Changed), Count(VisitStatus.Unchanged), Count(VisitStatus.Skipped), Count(VisitStatus.Blocked), Count(VisitStatus.Error));
    }
}
