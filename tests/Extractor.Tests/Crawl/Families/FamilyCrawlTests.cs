using System.Diagnostics;
using Extractor.Crawler.Rendering;

namespace Extractor.Tests.Crawl.Families;

/// <summary>
/// Crawls of each CMS family's imitation on the real Kestrel server: every report found and read, the listing answers
/// (XML, JSON, fragments) never taken for reports, politeness checked from the server's log, and a second night that
/// finds the report added at the top of each listing while fetching nothing unchanged in full.
/// </summary>
[NonParallelizable]
public sealed class FamilyCrawlTests
{
    public static IEnumerable<TestCaseData> Families()
    {
        yield return new TestCaseData((Func<FamilySite>)(() => new HanwebSite())).SetArgDisplayNames("Hanweb");
        yield return new TestCaseData((Func<FamilySite>)(() => new TrsSite())).SetArgDisplayNames("TRS");
        yield return new TestCaseData((Func<FamilySite>)(() => new GkmlptSite())).SetArgDisplayNames("gkmlpt");
        yield return new TestCaseData((Func<FamilySite>)(() => new AnhuiSite())).SetArgDisplayNames("Anhui");
        yield return new TestCaseData((Func<FamilySite>)(() => new FrameSite())).SetArgDisplayNames("frames");
    }

    [TestCaseSource(nameof(Families))]
    public async Task Every_report_is_found_politely_and_the_next_night_finds_the_new_one(Func<FamilySite> make)
    {
        await using var portal = await FamilyPortal.StartAsync(make());
        using var folders = new CrawlFolders();

        var first = await folders.CrawlAsync(portal.Seed);

        var documents = folders.Documents();
        var reports = folders.Read("reports.csv");
        var sources = reports.Rows.Select(r => r[reports.Header.ToList().IndexOf("source")]).ToHashSet();
        var expected = portal.Site.Documents.Select(d => portal.Url(d).AbsoluteUri).ToList();
        using (Assert.EnterMultipleScope())
        {
            foreach (var url in expected)
            {
                Assert.That(documents.TryGetValue(url, out var row) ? (row["status"], row["report_id"].Length > 0) : ("missing", false), Is.EqualTo(("new", true)), url);
            }

            Assert.That(sources, Is.SupersetOf(expected), "each found document is a report row");
            Assert.That(sources.Count, Is.EqualTo(expected.Count), "and nothing else is: no listing page, XML or JSON answer");

            // The inline reports are read as well as on any portal (attachments here are tiny stand-in files).
            var status = reports.Header.ToList().IndexOf("status");
            var source = reports.Header.ToList().IndexOf("source");
            Assert.That(
                reports.Rows.Where(r => r[source].EndsWith("html", StringComparison.Ordinal)).Select(r => (r[source], r[status])),
                Has.All.Matches<(string, string)>(r => r.Item2 == "ok"));
            Assert.That(first.Hosts.Single().Reason, Is.Null);
            AssertPolite(portal.Requests);
        }

        portal.Site.AddNewReport();
        var secondStarts = Stopwatch.GetTimestamp();
        await folders.CrawlAsync(portal.Seed);

        var second = portal.Requests.Where(r => r.Start > secondStarts).ToList();
        var after = folders.Documents();
        var fresh = portal.Site.NewDocuments.Select(d => portal.Url(d).AbsoluteUri).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fresh, Is.Not.Empty);
            foreach (var url in fresh)
            {
                Assert.That(after.TryGetValue(url, out var row) ? row["status"] : "missing", Is.EqualTo("new"), url);
            }

            foreach (var url in expected)
            {
                Assert.That(after.TryGetValue(url, out var row) ? row["status"] : "missing", Is.EqualTo("unchanged"), url);
            }

            // Nothing unchanged comes whole: a GET of a known URL is answered 304 unless its content changed. POSTs are
            // never conditional (a server may answer a conditional POST 412), so a listing group by POST comes whole.
            foreach (var request in second.Where(r => r.Status == 200 && r.Method == "GET" && r.PathAndQuery != "/robots.txt"))
            {
                var url = portal.Url(request.PathAndQuery).AbsoluteUri;
                Assert.That(after.TryGetValue(url, out var row) ? row["status"] : "missing", Is.AnyOf("new", "changed"), $"{url} fetched whole");
            }

            AssertPolite(second);
        }
    }

    [Test]
    public async Task Hanweb_later_groups_come_by_post_with_the_columns_parameters_or_by_the_nextgroup_get_and_the_catalogue_by_its_search_form()
    {
        await using var portal = await FamilyPortal.StartAsync(new HanwebSite());
        using var folders = new CrawlFolders();

        await folders.CrawlAsync(portal.Seed);

        var requests = portal.Requests.Where(r => r.PathAndQuery.StartsWith(HanwebSite.Proxy, StringComparison.Ordinal)).ToList();
        var log = File.ReadAllLines(Path.Combine(folders.State, "crawl-log.jsonl"));
        var documents = folders.Documents();
        using (Assert.EnterMultipleScope())
        {
            var post = requests.Where(r => r.Method == "POST").ToList();
            Assert.That(post, Has.Count.EqualTo(1), "column A: records 16-20 in one more group of 15");
            Assert.That(post[0].PathAndQuery, Is.EqualTo($"{HanwebSite.Proxy}?startrecord=16&endrecord=30&perpage=5"));
            Assert.That(post[0].Body, Does.Contain($"columnid={HanwebSite.ColumnA}").And.Contain("unitid=5733").And.Contain("webid=1").And.Contain("path=%2F"));
            var get = requests.Where(r => r.Method == "GET").ToList();
            Assert.That(get, Has.Count.EqualTo(1), "column B: records 7-8 by the nextgroup URL");
            Assert.That(get[0].PathAndQuery, Does.Contain($"columnid={HanwebSite.ColumnB}").And.Contain("startrecord=7&endrecord=12&perpage=3"));
            Assert.That(log.Where(l => l.Contains("\"method\":\"POST\"", StringComparison.Ordinal)), Has.Some.Contains($"columnid={HanwebSite.ColumnA}"), "the POST's form is in the log");
            var postRows = documents.Keys.Where(k => k.Contains("#post:", StringComparison.Ordinal)).ToList();
            Assert.That(postRows, Has.Count.EqualTo(3), "one dataproxy group, two pages of the catalogue search");
            Assert.That(postRows.Select(k => documents[k]["report_id"]), Has.All.Empty, "listing answers are no reports");
            var search = portal.Requests.Where(r => r.PathAndQuery == "/module/xxgk/search.jsp").Select(r => r.Body).ToList();
            Assert.That(search, Has.Count.EqualTo(2));
            Assert.That(search, Has.All.Contains("infotypeId=A0109").And.All.Contains("area=002489533"));
            Assert.That(search.Select(b => b!.Contains("currpage=2", StringComparison.Ordinal)), Is.EqualTo(new[] { false, true }));
        }
    }

    [Test]
    public async Task A_shells_list_api_and_a_catalogues_search_are_no_hop_from_the_seed()
    {
        await using var gkmlpt = await FamilyPortal.StartAsync(new GkmlptSite());
        await using var hanweb = await FamilyPortal.StartAsync(new HanwebSite());
        using var shellFolders = new CrawlFolders();
        using var homeFolders = new CrawlFolders();

        await shellFolders.CrawlAsync(gkmlpt.Seed, o => o with { MaxDepth = 1 });
        await homeFolders.CrawlAsync(hanweb.Seed, o => o with { MaxDepth = 2 });

        var shellDocuments = shellFolders.Documents();
        var homeDocuments = homeFolders.Documents();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(gkmlpt.Site.Documents.Where(d => !shellDocuments.ContainsKey(gkmlpt.Url(d).AbsoluteUri)), Is.Empty, "shell → API → report is one hop");
            Assert.That(hanweb.Site.Documents.Where(d => d.Contains("art_xxgk_", StringComparison.Ordinal) && !homeDocuments.ContainsKey(hanweb.Url(d).AbsoluteUri)), Is.Empty,
                "home → catalogue → its search → report is two hops");
        }
    }

    [Test]
    public async Task A_post_url_disallowed_by_robots_txt_is_not_sent()
    {
        await using var portal = await FamilyPortal.StartAsync(new HanwebSite(disallowProxy: true));
        using var folders = new CrawlFolders();

        await folders.CrawlAsync(portal.Seed);

        var documents = folders.Documents();
        var site = (HanwebSite)portal.Site;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(portal.Requests.Where(r => r.PathAndQuery.StartsWith("/module/web/jpage/", StringComparison.Ordinal)), Is.Empty);
            var posts = documents.Where(d => d.Key.Contains("#post:", StringComparison.Ordinal)).ToList();
            var dataproxy = posts.Where(p => p.Key.Contains("/jpage/", StringComparison.Ordinal)).ToList();
            Assert.That(dataproxy, Has.Count.EqualTo(1));
            Assert.That((dataproxy[0].Value["status"], dataproxy[0].Value["note"].Contains("robots.txt", StringComparison.Ordinal)), Is.EqualTo(("skipped", true)));
            Assert.That(documents[portal.Url(site.ColumnAItems[0].Path).AbsoluteUri]["status"], Is.EqualTo("new"), "the first group is on the page itself");
        }
    }

    [Test]
    public async Task A_listing_built_by_script_says_so_and_suggests_render()
    {
        await using var portal = await FamilyPortal.StartAsync(new ScriptSite());
        using var folders = new CrawlFolders();

        var output = await folders.CrawlAsync(portal.Seed);

        var documents = folders.Documents();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(output.Reports, Is.Empty);
            Assert.That(output.Hosts.Single().Reason, Does.Contain("listing built by script on 1 page").And.Contain("try --render"));
            Assert.That(documents[portal.Seed.AbsoluteUri]["note"], Does.Contain("no report links"));
            Assert.That(File.ReadAllText(Path.Combine(folders.State, "crawl-log.jsonl")), Does.Contain("\"event\":\"no_reports\""));
        }
    }

    [Test]
    public async Task Render_without_a_browser_says_so_in_one_line_and_the_crawl_goes_on()
    {
        await using var portal = await FamilyPortal.StartAsync(new ScriptSite());
        using var folders = new CrawlFolders();

        var output = await folders.CrawlAsync(portal.Seed, o => o with { Render = true, BrowserPath = "/nonexistent/chromium" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(output.Hosts.Single().Reason, Does.Contain("--render: no Chromium found"));
            Assert.That(File.ReadAllLines(Path.Combine(folders.State, "crawl-log.jsonl")).Count(l => l.Contains("\"event\":\"render_unavailable\"", StringComparison.Ordinal)), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task A_host_whose_robots_txt_forbids_everything_says_so()
    {
        await using var portal = await FamilyPortal.StartAsync(new RobotsForbidSite());
        using var folders = new CrawlFolders();

        var output = await folders.CrawlAsync(portal.Seed);

        Assert.That(output.Hosts.Single().Reason, Does.Contain("robots.txt disallows 1 URL"));
    }

    [Test]
    public async Task Render_reaches_a_listing_built_by_script_with_the_systems_chromium()
    {
        if (ChromiumRenderer.FindBrowser(null) is null)
        {
            Assert.Ignore("no Chromium installed (apt-get install chromium): the --render path is not tested here; CI installs it");
        }

        await using var portal = await FamilyPortal.StartAsync(new ScriptSite());
        using var folders = new CrawlFolders();

        var output = await folders.CrawlAsync(portal.Seed, o => o with { Render = true, RenderTimeout = TimeSpan.FromSeconds(60) });

        var documents = folders.Documents();
        using (Assert.EnterMultipleScope())
        {
            foreach (var url in portal.Site.Documents.Select(d => portal.Url(d).AbsoluteUri))
            {
                Assert.That(documents.TryGetValue(url, out var row) ? row["status"] : "missing", Is.EqualTo("new"), url);
            }

            Assert.That(output.Hosts.Single().Reason, Is.Null);
            Assert.That(documents[portal.Seed.AbsoluteUri]["note"], Does.Contain("rendered: 2 report links"));

            // The browser's own requests (the page, the script's XHR) happen within the host's turn: never two at once.
            var requests = portal.Requests.Where(r => r.PathAndQuery != "/favicon.ico").ToList();
            Assert.That(requests.Zip(requests.Skip(1)), Has.All.Matches<(ServedRequest A, ServedRequest B)>(p => p.A.End <= p.B.Start));
        }
    }

    [Test]
    public async Task Render_obeys_robots_txt_for_the_browsers_own_requests()
    {
        if (ChromiumRenderer.FindBrowser(null) is null)
        {
            Assert.Ignore("no Chromium installed (apt-get install chromium): the --render path is not tested here; CI installs it");
        }

        await using var portal = await FamilyPortal.StartAsync(new ScriptSite(disallowData: true));
        using var folders = new CrawlFolders();

        var output = await folders.CrawlAsync(portal.Seed, o => o with { Render = true, RenderTimeout = TimeSpan.FromSeconds(60) });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(portal.Requests.Where(r => r.PathAndQuery.StartsWith("/data/", StringComparison.Ordinal)), Is.Empty, "the script's fetch was aborted");
            Assert.That(output.Hosts.Single().Reason, Does.Contain("rendering found none either"));
        }
    }

    private static void AssertPolite(IReadOnlyList<ServedRequest> requests)
    {
        var gaps = requests.Zip(requests.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a.End, b.Start)).ToList();
        Assert.That(gaps.Min(), Is.GreaterThanOrEqualTo(CrawlFolders.TestDelay - TimeSpan.FromMilliseconds(2)), "one request at a time, the delay between them");
    }

    /// <summary>A portal that forbids every crawler.</summary>
    private sealed class RobotsForbidSite : FamilySite
    {
        public override string SeedPath => "/xxgk/nb/index.html";

        public override string Robots => "User-agent: *\nDisallow: /\n";

        public override IReadOnlyList<string> Documents => [];

        public override IReadOnlyList<string> NewDocuments => [];

        public override void AddNewReport()
        {
        }

        public override FamilyAnswer? Answer(FamilyRequest request) => FamilyAnswer.Html("<html><body></body></html>");
    }
}
