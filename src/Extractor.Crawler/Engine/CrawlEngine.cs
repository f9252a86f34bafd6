using System.Collections.Concurrent;
using System.Diagnostics;
using Extractor.Core.Reports;
using Extractor.Crawler.Discovery;
using Extractor.Crawler.Fetching;
using Extractor.Crawler.Politeness;
using Extractor.Crawler.Rendering;
using Extractor.Crawler.State;
using Microsoft.Data.Sqlite;

namespace Extractor.Crawler.Engine;

/// <summary>
/// Drives a run, like Scrapy's engine: takes URLs from the scheduler as their hosts become ready, has the downloader
/// fetch them, keeps the bytes, finds the next links, parses documents, and commits each visit with what it found.
/// </summary>
public sealed class CrawlEngine(
    CrawlOptions options,
    CrawlState state,
    DocumentArchive archive,
    Downloader downloader,
    HostPipelines pipelines,
    ReportReader reader,
    CrawlLog log,
    long runId,
    IListingRenderer? renderer = null)
{
    private const int MaxVisitsUnderWay = 1024;

    private readonly ConcurrentDictionary<string, int> requestsPerHost = new(StringComparer.Ordinal);
    private int renderedPages;
    private CrawlScheduler? scheduler;
    private SemaphoreSlim? analysis;
    private Exception? fatal;

    /// <summary>Visits the queued URLs and all they lead to; returns when the frontier is empty.</summary>
    /// <exception cref="OperationCanceledException">Cancelled: every visit committed so far stays, the rest stay queued.</exception>
    public async Task RunAsync(IReadOnlyList<QueuedUrl> frontier, IReadOnlyDictionary<string, int> alreadyVisited, CancellationToken cancellationToken)
    {
        foreach (var (host, count) in alreadyVisited)
        {
            requestsPerHost[host] = count;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = stop.Token;
        scheduler = new CrawlScheduler(a => pipelines.For(a).Gate, Math.Max(options.PerHostConcurrency, 1));
        scheduler.Add(frontier);

        // Requests on the wire are limited by the downloader; this only bounds the visits under way (waiting for a
        // gap, parsing), which the per-host limit keeps to about one per host anyway.
        using var slots = new SemaphoreSlim(MaxVisitsUnderWay);

        // Parsing is CPU work: at most half the cores, so the rest keep answering sockets and timers on time.
        using var readers = new SemaphoreSlim(Math.Max(Environment.ProcessorCount / 2, 1));
        analysis = readers;
        var visits = new List<Task>();
        try
        {
            while (!work.IsCancellationRequested)
            {
                var wake = scheduler.Changed.Arm();
                TimeSpan? wait = null;
                if (slots.CurrentCount > 0 && scheduler.TryTake(out var next, out wait))
                {
                    await slots.WaitAsync(work).ConfigureAwait(false);
                    visits.Add(VisitInSlotAsync(next!, slots, stop, work));
                    continue;
                }

                if (scheduler.Finished)
                {
                    break;
                }

                try
                {
                    await wake.WaitAsync(wait ?? Timeout.InfiniteTimeSpan, work).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // A host's delay has passed.
                }
            }
        }
        catch (OperationCanceledException) when (work.IsCancellationRequested)
        {
        }

        await Task.WhenAll(visits).ConfigureAwait(false);
        if (fatal is not null)
        {
            throw fatal;
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task VisitInSlotAsync(QueuedUrl url, SemaphoreSlim slots, CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        var released = 0;
        void RequestOver()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                scheduler!.HostFree(url);
            }
        }

        try
        {
            await Task.Yield();
            await VisitAsync(url, RequestOver, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Left queued in the state: the next run resumes it.
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or StateCorruptException)
        {
            await StopAsync(e, url, stop).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A bug met on one page of thousands costs that URL (an error row), not the night's run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            try
            {
                var note = $"internal error: {e.GetType().FullName}: {e.Message.ReplaceLineEndings(" ")}";
                Commit(url, new Visit(url.Url, VisitStatus.Error, null, null, null, DateTimeOffset.UtcNow, note, null, null), [], null, Stopwatch.GetTimestamp());
            }
            catch (Exception inner) when (inner is SqliteException or IOException or UnauthorizedAccessException)
            {
                await StopAsync(inner, url, stop).ConfigureAwait(false);
            }
        }
        finally
        {
            RequestOver();
            slots.Release();
            scheduler!.Done();
        }
    }

    private async Task StopAsync(Exception e, QueuedUrl url, CancellationTokenSource stop)
    {
        // The state or the archive cannot be written: nothing more can be kept, so the run stops.
        fatal ??= e;
        log.Error("fatal", url.Url, ("error", e.Message));
        await stop.CancelAsync().ConfigureAwait(false);
    }

    /// <param name="requestOver">Called once the network part is over, to free the host and the request slot.</param>
    private async Task VisitAsync(QueuedUrl queued, Action requestOver, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var url = queued.Url;
        if (requestsPerHost.AddOrUpdate(queued.Authority, 1, (_, n) => n + 1) > options.MaxPagesPerHost)
        {
            Commit(queued, new Visit(url, VisitStatus.Skipped, null, null, null, DateTimeOffset.UtcNow, $"page limit of {options.MaxPagesPerHost} for this host reached (--max-pages)", null, null), [], null, started);
            return;
        }

        var kept = state.Kept(url);
        if (kept is not null && !archive.Contains(kept.Sha256))
        {
            // The kept copy is gone from the archive (pruned by hand): ask for the whole document again.
            kept = null;
        }

        var fetch = await downloader.FetchAsync(url, kept, cancellationToken).ConfigureAwait(false);
        var fetchedAt = DateTimeOffset.UtcNow;
        requestOver();
        await analysis!.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await KeepAndAnalyseAsync(queued, kept, fetch, fetchedAt, started, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            analysis.Release();
        }
    }

    private async Task KeepAndAnalyseAsync(QueuedUrl queued, KeptContent? kept, FetchOutcome fetch, DateTimeOffset fetchedAt, long started, CancellationToken cancellationToken)
    {
        var url = queued.Url;
        switch (fetch.Kind)
        {
            case FetchKind.Skipped or FetchKind.Blocked or FetchKind.Error:
                Commit(queued, Unkept(url, fetch, fetchedAt), [], null, started);
                return;
            case FetchKind.NotModified when kept is null:
                Commit(queued, Unkept(url, fetch with { Kind = FetchKind.Error, Note = "HTTP 304 to a request without validators" }, fetchedAt), [], null, started);
                return;
            case FetchKind.NotModified:
                var keptBytes = archive.Read(kept!.Sha256)!;
                var keptLinks = await LinksAsync(queued, fetch.FinalUrl, keptBytes, kept.ContentType, cancellationToken).ConfigureAwait(false);
                Analyse(queued, fetch, kept, keptBytes, kept.ContentType, VisitStatus.Unchanged, null, fetchedAt, started, keptLinks);
                return;
        }

        var kind = ContentSniffer.Sniff(fetch.Head, url.AbsoluteUri);
        if (!kind.IsDocument())
        {
            File.Delete(fetch.BodyPath!);
            Commit(queued, Unkept(url, fetch with { Kind = FetchKind.Skipped, Note = Join(fetch.Note, $"not a document ({kind.MediaType()}, served as {fetch.ContentType ?? "no type"})") }, fetchedAt), [], null, started);
            return;
        }

        if (kind == ContentKind.Html && fetch.Bytes <= 64 * 1024 && BlockPageDetector.ChallengeIn(await File.ReadAllBytesAsync(fetch.BodyPath!, cancellationToken).ConfigureAwait(false)) is { } challenge)
        {
            File.Delete(fetch.BodyPath!);
            Commit(queued, Unkept(url, fetch with { Kind = FetchKind.Blocked, Note = Join(fetch.Note, challenge) }, fetchedAt), [], null, started);
            return;
        }

        archive.Keep(fetch.BodyPath!, fetch.Sha256!);
        var bytes = archive.Read(fetch.Sha256!)!;
        var status = kept is null ? VisitStatus.New : kept.Sha256 == fetch.Sha256 ? VisitStatus.Unchanged : VisitStatus.Changed;
        var agrees = kind.Agrees(fetch.ContentType);
        var contentType = agrees ? fetch.ContentType : kind.MediaType();
        var typeNote = agrees || fetch.ContentType is null ? null : $"served as {fetch.ContentType}";
        var links = await LinksAsync(queued, fetch.FinalUrl, bytes, contentType, cancellationToken).ConfigureAwait(false);
        Analyse(queued, fetch, kept, bytes, contentType, status, typeNote, fetchedAt, started, links);
    }

    /// <summary>
    /// The links of a page or listing answer (HTML, a datastore's XML, JSON). A listing whose static reading gives no
    /// report link is loaded in the headless browser when --render asks for it.
    /// </summary>
    private async Task<PageFindings> LinksAsync(QueuedUrl queued, Uri finalUrl, byte[] bytes, string? contentType, CancellationToken cancellationToken)
    {
        var kind = ContentSniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, ContentSniffer.HeadBytes)), queued.Url.AbsoluteUri);
        if (kind is not (ContentKind.Html or ContentKind.Text))
        {
            return new PageFindings(kind, [], ListingAnswer: false, Note: null);
        }

        var page = new DiscoveryPage(bytes, contentType, finalUrl, form: FormRequest.TryParse(queued.Url, out _, out var form) ? form : null);
        var links = LinkExtractor.Extract(page);
        var answer = page.Shape != PageShape.Html;
        var listing = queued.Role is LinkRole.Seed or LinkRole.Column or LinkRole.Pagination;
        if (!listing || links.Any(l => l.Role is LinkRole.Report or LinkRole.Attachment) || (kind == ContentKind.Text && !answer))
        {
            return new PageFindings(kind, links, answer, null);
        }

        var scripted = ScriptBuiltListing.IsLikely(page);
        if (renderer is null || page.Shape != PageShape.Html || !scripted)
        {
            var hint = options.Render ? "not rendered: no Chromium found" : "(try --render)";
            return new PageFindings(kind, links, answer, scripted ? $"{NoReportLinks}; {ScriptBuilt} {hint}" : NoReportLinks);
        }

        if (Interlocked.Increment(ref renderedPages) > options.MaxRenderedPages)
        {
            return new PageFindings(kind, links, answer, $"{NoReportLinks}; {ScriptBuilt}; not rendered: --render page limit of {options.MaxRenderedPages} reached");
        }

        // A page load takes seconds of waiting, not CPU: the parsing slot is let go meanwhile, so other documents are read.
        RenderOutcome rendered;
        analysis!.Release();
        try
        {
            rendered = await downloader.InTurnAsync(finalUrl, (allowed, ct) => renderer.RenderAsync(finalUrl, allowed, ct), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await analysis.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        log.Info("rendered", finalUrl, ("ms", rendered.Milliseconds), ("bytes", rendered.Html?.Length), ("note", rendered.Note));
        if (rendered.Html is null)
        {
            return new PageFindings(kind, links, answer, $"{NoReportLinks}; {ScriptBuilt}; {rendered.Note}");
        }

        var renderedLinks = LinkExtractor.Extract(new DiscoveryPage(System.Text.Encoding.UTF8.GetBytes(rendered.Html), "text/html; charset=utf-8", finalUrl));
        var merged = links.Concat(renderedLinks).DistinctBy(l => l.RequestKey.AbsoluteUri, StringComparer.Ordinal).ToList();
        var found = renderedLinks.Count(l => l.Role is LinkRole.Report or LinkRole.Attachment);
        return new PageFindings(kind, merged, answer, found > 0 ? $"rendered: {found} report links" : $"{NoReportLinks}; {ScriptBuilt}; none after rendering either");
    }

    internal const string NoReportLinks = "no report links";

    internal const string ScriptBuilt = "listing built by script";

    private void Analyse(
        QueuedUrl queued, FetchOutcome fetch, KeptContent? kept, byte[] bytes, string? contentType, VisitStatus status, string? typeNote, DateTimeOffset fetchedAt, long started, PageFindings findings)
    {
        var sha = fetch.Sha256 ?? kept!.Sha256;
        var kind = findings.Kind;
        var links = findings.Links;

        // A listing answer (a datastore's XML, a list API's JSON) or a listing page is never read as a report.
        ReportResult? report = null;
        StoredParse? stored = null;
        if (!findings.ListingAnswer && (queued.Role is LinkRole.Seed or LinkRole.Report or LinkRole.Attachment || (kind != ContentKind.Html && queued.Role is not (LinkRole.Column or LinkRole.Pagination))))
        {
            report = reader.Kept(sha, contentType);
            if (report is null)
            {
                (report, stored) = reader.Parse(bytes, sha, contentType, queued.Url.AbsoluteUri);
            }
        }

        var isDocument = !findings.ListingAnswer && IsDocument(queued.Role, kind, report, links);
        var content = new ContentUpdate(sha, contentType, bytes.LongLength, fetch.ETag ?? kept?.ETag, fetch.LastModified ?? kept?.LastModified, isDocument);
        var visit = new Visit(
            queued.Url, status, fetch.HttpStatus, contentType, bytes.LongLength, fetchedAt, Join(Join(fetch.Note, typeNote), isDocument ? null : findings.Note), content, isDocument ? reader.ParserVersion : null);
        Commit(queued, visit, Children(queued, links, report), isDocument ? stored : null, started);
    }

    /// <summary>
    /// A document is what reports.csv gets a row for: every attachment and non-HTML file, an HTML page that reads as
    /// a report, and a page linked as a report that neither reads as one nor has attachments (its failure is a finding).
    /// </summary>
    private static bool IsDocument(LinkRole role, ContentKind kind, ReportResult? report, IReadOnlyList<PageLink> links)
    {
        if (role is LinkRole.Column or LinkRole.Pagination)
        {
            return false;
        }

        if (role == LinkRole.Attachment || kind != ContentKind.Html)
        {
            return true;
        }

        return report is { Status: not ReportStatus.Failed } || (role == LinkRole.Report && !links.Any(l => l.Role == LinkRole.Attachment || l.Embedded));
    }

    /// <summary>
    /// What to follow from a page. Listings (seeds, columns, their other pages) lead to reports and more pages; home
    /// pages and columns lead to columns; report pages lead to their attachments only, so a report's sidebar of
    /// "related reports" does not turn one report URL into a crawl of the portal.
    /// </summary>
    private List<NewUrl> Children(QueuedUrl page, IReadOnlyList<PageLink> links, ReportResult? report)
    {
        var children = new List<NewUrl>();
        var listing = page.Role is LinkRole.Seed or LinkRole.Column or LinkRole.Pagination;
        var listsReports = links.Any(l => l.Role == LinkRole.Report);
        var years = page.Source.Years is { } y ? YearSet.Parse(y) : options.Years;
        var deeper = page.Depth + 1;
        foreach (var link in links)
        {
            var follow = link.Role switch
            {
                LinkRole.Report when link.Embedded => deeper <= options.MaxDepth && page.Role is LinkRole.Seed or LinkRole.Report &&
                    report is not { Status: not ReportStatus.Failed } && !links.Any(l => l.Role == LinkRole.Attachment),
                LinkRole.Report => listing && deeper <= options.MaxDepth && (years is null || years.Contains(link.Year!.Value)),
                LinkRole.Column when link.SameListing => listing,
                LinkRole.Column => page.Role is LinkRole.Seed or LinkRole.Column && deeper <= options.MaxDepth,
                LinkRole.Pagination => page.Role is LinkRole.Column or LinkRole.Pagination || (page.Role == LinkRole.Seed && listsReports),
                LinkRole.Attachment when link.Embedded => deeper <= options.MaxDepth && page.Role is LinkRole.Seed or LinkRole.Report,
                LinkRole.Attachment when link.Year is not null && listing => deeper <= options.MaxDepth && (years is null || years.Contains(link.Year.Value)),
                LinkRole.Attachment => deeper <= options.MaxDepth &&
                    (page.Role == LinkRole.Report || (page.Role == LinkRole.Seed && report is { Status: not ReportStatus.Failed })),
                _ => false,
            };
            if (follow)
            {
                var depth = link.Role == LinkRole.Pagination || link.SameListing ? page.Depth : deeper;
                children.Add(new NewUrl(link.RequestKey, link.Role, depth, page.Url.AbsoluteUri, page.Source));
            }
        }

        return children;
    }

    private void Commit(QueuedUrl queued, Visit visit, List<NewUrl> children, StoredParse? parse, long started)
    {
        var queuedNow = state.Complete(runId, visit, children, parse);
        scheduler!.Add(queuedNow);
        var level = visit.Status switch
        {
            VisitStatus.Error => "error",
            VisitStatus.Blocked or VisitStatus.Skipped => "warn",
            _ => "info",
        };
        var posted = FormRequest.TryParse(queued.Url, out _, out var form);
        log.Write(level, "visited", queued.Url.Authority, queued.Url,
        [
            ("status", visit.Status.ToCsv()),
            ("http_status", visit.HttpStatus),
            ("role", queued.Role.ToText()),
            ("bytes", visit.Bytes),
            ("sha256", visit.Content?.Sha256),
            ("queued", queuedNow.Count),
            ("ms", (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds),
            ("note", visit.Note),
            ("method", posted ? "POST" : "GET"),
            ("form", posted ? form : null),
        ]);
    }

    private static Visit Unkept(Uri url, FetchOutcome fetch, DateTimeOffset fetchedAt)
    {
        var status = fetch.Kind switch
        {
            FetchKind.Skipped => VisitStatus.Skipped,
            FetchKind.Blocked => VisitStatus.Blocked,
            _ => VisitStatus.Error,
        };
        return new Visit(url, status, fetch.HttpStatus, fetch.ContentType, fetch.Bytes > 0 ? fetch.Bytes : null, fetchedAt, fetch.Note, null, null);
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first}; {second}";
}
