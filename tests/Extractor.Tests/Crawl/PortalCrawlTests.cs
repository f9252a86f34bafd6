using System.Diagnostics;
using System.Globalization;
using Extractor.Crawler.State;
using Extractor.Readers;
using Extractor.Tests.Crawl.Site;
using Microsoft.Data.Sqlite;

namespace Extractor.Tests.Crawl;

/// <summary>Crawls of the fixture portal from its home page, checked against the site's expectations and the server's log.</summary>
[NonParallelizable]
public sealed class PortalCrawlTests
{
    private static readonly string[] ReportPages =
    [
        FixtureSite.ChangingReport, FixtureSite.Report2023, FixtureSite.GbkReport, FixtureSite.Report2021,
        "/xxgk/ndbg/202101/t20210129_2020.html", "/xxgk/ndbg/202001/t20200131_2019.html",
    ];

    [Test]
    public async Task A_first_crawl_finds_every_report_and_parses_it_exactly()
    {
        await using var portal = await FixturePortal.StartAsync();
        using var folders = new CrawlFolders();

        await folders.CrawlAsync(portal.Home);

        var reports = folders.Read("reports.csv");
        var values = folders.Read("values.csv");
        var expectations = FixtureSite.Expectations();
        using (Assert.EnterMultipleScope())
        {
            foreach (var page in ReportPages)
            {
                var url = portal.Url(page).AbsoluteUri;
                var row = reports.Rows.SingleOrDefault(r => r[reports.Header.ToList().IndexOf("source")] == url);
                Assert.That(row, Is.Not.Null, $"no report row for {page}");
                if (row is null)
                {
                    continue;
                }

                var truth = expectations[page];
                var id = row[0];
                Assert.That(Field(reports, row, "status"), Is.EqualTo(truth.Status), page);
                Assert.That(Field(reports, row, "year"), Is.EqualTo(truth.Year?.ToString(CultureInfo.InvariantCulture)), page);
                Assert.That(Field(reports, row, "agency"), Is.EqualTo(truth.Agency), page);
                var cells = values.Rows.Where(v => v[0] == id).ToDictionary(v => $"{v[1]}.{v[2]}.{v[3]}", v => (Value: v[4], Kind: v[5]));
                Assert.That(cells.Keys, Is.EquivalentTo(truth.Cells.Keys), page);
                foreach (var (key, cell) in truth.Cells)
                {
                    if (cells.TryGetValue(key, out var got))
                    {
                        Assert.That(got.Kind, Is.EqualTo(cell.Kind), $"{page} {key}");
                        Assert.That(got.Value, Is.EqualTo(cell.Value ?? string.Empty), $"{page} {key}");
                    }
                }
            }
        }
    }

    [Test]
    public async Task Every_touched_url_ends_with_the_right_status()
    {
        await using var portal = await FixturePortal.StartAsync();
        using var folders = new CrawlFolders();

        var output = await folders.CrawlAsync(portal.Home);

        var documents = folders.Documents();
        string Status(string path) => documents[portal.Url(path).AbsoluteUri]["status"];
        string Note(string path) => documents[portal.Url(path).AbsoluteUri]["note"];
        var pdf = portal.Url(FixtureSite.Pdf2021).AbsoluteUri;
        var pdfBytes = File.ReadAllBytes(RepoPaths.Fixture(FixtureSite.Folder, FixtureSite.Pdf2021.TrimStart('/')));
        var pdfParsed = new DocumentProcessor().Process(pdfBytes, pdf, "application/pdf");
        var reports = folders.Read("reports.csv");
        var pdfRow = reports.Rows.Single(r => Field(reports, r, "source") == pdf);
        var privateUrl = $"http://{portal.OtherHost}{FixtureSite.PrivateLink}";
        using (Assert.EnterMultipleScope())
        {
            foreach (var page in ReportPages.Append("/").Append("/xxgk/index.html").Append("/xxgk/ndbg/index.html").Append("/xxgk/ndbg/index_1.html").Append("/xxgk/ndbg/index_2.html"))
            {
                Assert.That(Status(page), Is.EqualTo("new"), page);
            }

            Assert.That(Status(FixtureSite.RetryAfter), Is.EqualTo("new"), "503 with Retry-After, then 200");
            Assert.That(Status(FixtureSite.Disallowed), Is.EqualTo("skipped"));
            Assert.That(Note(FixtureSite.Disallowed), Does.Contain("robots.txt"));
            Assert.That(Status(FixtureSite.Challenge412), Is.EqualTo("blocked"));
            Assert.That(documents[portal.Url(FixtureSite.Challenge412).AbsoluteUri]["http_status"], Is.EqualTo("412"));
            Assert.That(Status(FixtureSite.CookieChallenge), Is.EqualTo("blocked"));
            Assert.That(Note(FixtureSite.CookieChallenge), Does.Contain("cookie challenge"));
            Assert.That(Status(FixtureSite.LoopStart), Is.EqualTo("error"));
            Assert.That(Note(FixtureSite.LoopStart), Does.StartWith("redirect loop"));
            Assert.That(Status(FixtureSite.OversizedWithLength), Is.EqualTo("skipped"));
            Assert.That(Status(FixtureSite.OversizedChunked), Is.EqualTo("skipped"));
            Assert.That(Note(FixtureSite.OversizedChunked), Does.StartWith("too large"));
            Assert.That(documents[privateUrl]["status"], Is.EqualTo("skipped"));
            Assert.That(documents[privateUrl]["note"], Does.Contain("private"));

            // The PDF is kept and listed with what the readers make of it; the same bytes behind the download script are the same document.
            Assert.That(documents[pdf]["status"], Is.EqualTo("new"));
            Assert.That(documents[pdf]["content_type"], Is.EqualTo("application/pdf"), "sniffed, not the text/html the server claimed");
            Assert.That(documents[pdf]["note"], Does.Contain("served as text/html"));
            Assert.That(Field(reports, pdfRow, "status"), Is.EqualTo(pdfParsed.Status.ToString().ToLowerInvariant()));
            Assert.That(Field(reports, pdfRow, "format"), Is.EqualTo("pdf"));
            Assert.That(Status(FixtureSite.Pdf2021Download), Is.EqualTo("new"));
            Assert.That(documents[portal.Url(FixtureSite.Pdf2021Download).AbsoluteUri]["report_id"], Is.EqualTo(documents[pdf]["report_id"]));
            Assert.That(documents[portal.Url(FixtureSite.DuplicateOfReport2023).AbsoluteUri]["report_id"], Is.EqualTo(documents[portal.Url(FixtureSite.Report2023).AbsoluteUri]["report_id"]));
            Assert.That(Note(FixtureSite.DuplicateOfReport2023), Does.Contain("same document as"));
            Assert.That(reports.Rows, Has.Count.EqualTo(8), "six inline reports, the legacy 2017 one and the PDF, each once");

            // Not reports, so not followed: notices, the work plan, news, other columns, the search page.
            Assert.That(documents.Keys.Where(u => u.Contains("/tz/", StringComparison.Ordinal) || u.Contains("/news/", StringComparison.Ordinal) || u.Contains("search", StringComparison.Ordinal) || u.Contains("zcwj", StringComparison.Ordinal)), Is.Empty);
            Assert.That(documents, Has.Count.EqualTo(23), "22 URLs found and robots.txt");

            // robots.txt is a URL the crawl touched too, listed with its content's hash but no report.
            var robots = documents[portal.Url("/robots.txt").AbsoluteUri];
            Assert.That((robots["status"], robots["http_status"], robots["report_id"]), Is.EqualTo(("new", "200", string.Empty)));
            Assert.That(robots["sha256"], Does.Match("^[0-9a-f]{64}$"));

            // Files are named by their hash, never by what a server sent (download.jsp offers "../../etc/passwd.pdf").
            var archive = Path.Combine(folders.State, "archive");
            Assert.That(
                Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(archive, f)),
                Has.All.Matches(@"^[0-9a-f]{2}/[0-9a-f]{64}$"));
            Assert.That(output.Hosts.Sum(h => h.New), Is.EqualTo(15));
        }
    }

    [Test]
    public async Task Nothing_disallowed_is_requested_and_the_host_is_asked_politely()
    {
        await using var portal = await FixturePortal.StartAsync();
        using var folders = new CrawlFolders();

        await folders.CrawlAsync(portal.Home);

        var requests = portal.Requests;
        var retries = requests.Where(r => r.PathAndQuery == FixtureSite.RetryAfter).ToList();
        var gaps = requests.Zip(requests.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a.End, b.Start)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests.Where(r => r.PathAndQuery.StartsWith("/xxgk/ndbg/private/", StringComparison.Ordinal)), Is.Empty);
            Assert.That(requests.Count(r => r.PathAndQuery == "/robots.txt"), Is.EqualTo(1));
            Assert.That(requests[0].PathAndQuery, Is.EqualTo("/robots.txt"), "robots.txt before anything else");
            Assert.That(gaps.Min(), Is.GreaterThanOrEqualTo(CrawlFolders.TestDelay - TimeSpan.FromMilliseconds(2)), "a gap of at least the delay between requests, so never two in flight");
            Assert.That(retries, Has.Count.EqualTo(2));
            Assert.That(Stopwatch.GetElapsedTime(retries[0].End, retries[1].Start), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(990)), "Retry-After: 1 honoured");
            Assert.That(requests.Count(r => r.PathAndQuery == FixtureSite.Challenge412), Is.EqualTo(1), "a challenge is not retried");
            Assert.That(requests.Count(r => r.PathAndQuery == FixtureSite.LoopStart), Is.EqualTo(1), "the loop is seen, not followed around");
        }
    }

    [Test]
    public async Task A_second_run_fetches_nothing_unchanged_and_picks_up_the_changed_report()
    {
        await using var portal = await FixturePortal.StartAsync();
        using var folders = new CrawlFolders();
        await folders.CrawlAsync(portal.Home);
        var secondStarts = Stopwatch.GetTimestamp();
        var firstDocuments = folders.Documents();
        portal.Version = 2;

        var output = await folders.CrawlAsync(portal.Home);

        var second = portal.Requests.Where(r => r.Start > secondStarts).ToList();
        var documents = folders.Documents();
        var robotsUrl = portal.Url("/robots.txt").AbsoluteUri;
        var changed = portal.Url(FixtureSite.ChangingReport).AbsoluteUri;
        var reports = folders.Read("reports.csv");
        var values = folders.Read("values.csv");
        var changedRow = reports.Rows.Single(r => Field(reports, r, "source") == changed);
        var truth = FixtureSite.Expectations()[FixtureSite.ChangingReportV2];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                second.Where(r => r.Status == 200 && r.PathAndQuery != FixtureSite.ChangingReport).Select(r => documents[portal.Url(r.PathAndQuery).AbsoluteUri]["status"]),
                Has.All.AnyOf("skipped", "blocked"),
                "only the changed report comes whole, besides what is refused again (too large, a challenge)");
            Assert.That(second.Where(r => r.Status == 304), Has.All.Matches<ServedRequest>(r => r.IfNoneMatch is not null || r.IfModifiedSince is not null));
            Assert.That(second.Any(r => r.PathAndQuery == "/robots.txt"), Is.False, "robots.txt is trusted for a day");
            Assert.That(documents[changed]["status"], Is.EqualTo("changed"));
            Assert.That(documents.Where(d => d.Key != changed && firstDocuments[d.Key]["status"] == "new").Select(d => d.Value["status"]), Has.All.EqualTo("unchanged"));
            Assert.That(firstDocuments[robotsUrl]["status"], Is.EqualTo("new"));
            Assert.That(documents.Keys, Is.EquivalentTo(firstDocuments.Keys.Where(k => k != robotsUrl)), "robots.txt was not fetched again, so it is not in this run's rows");
            Assert.That(output.Hosts.Sum(h => h.Changed), Is.EqualTo(1));
            Assert.That(reports.Rows, Has.Count.EqualTo(8), "every report known to the state, the changed one in its new version only");
            Assert.That(Field(reports, changedRow, "report_id"), Is.Not.EqualTo(firstDocuments[changed]["report_id"]));
            foreach (var key in new[] { "applications.new_received.total", "applications.granted.natural_person" })
            {
                var parts = key.Split('.');
                var value = values.Rows.Single(v => v[0] == changedRow[0] && v[1] == parts[0] && v[2] == parts[1] && v[3] == parts[2])[4];
                Assert.That(value, Is.EqualTo(truth.Cells[key].Value), key);
            }
        }
    }

    [Test]
    public async Task Kept_documents_are_read_again_when_the_parser_version_changes()
    {
        await using var portal = await FixturePortal.StartAsync();
        using var folders = new CrawlFolders();
        await folders.CrawlAsync(portal.Home, o => o with { ParserVersion = "old" });
        var before = File.ReadAllBytes(Path.Combine(folders.Out, "values.csv"));

        await folders.CrawlAsync(portal.Home, o => o with { ParserVersion = "new" });

        using var connection = new SqliteConnection($"Data Source={Path.Combine(folders.State, CrawlState.FileName)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var versions = new SqliteCommand("SELECT DISTINCT parser_version FROM parses", connection);
        using var reader = versions.ExecuteReader();
        var kept = new List<string>();
        while (reader.Read())
        {
            kept.Add(reader.GetString(0));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(kept, Is.EqualTo(new[] { "new" }));
            Assert.That(File.ReadAllBytes(Path.Combine(folders.Out, "values.csv")), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task Every_written_file_has_the_contract_header_and_a_bom_and_the_log_is_json_lines()
    {
        await using var portal = await FixturePortal.StartAsync();
        using var folders = new CrawlFolders();

        await folders.CrawlAsync(portal.Listing);

        var log = File.ReadAllLines(Path.Combine(folders.State, "crawl-log.jsonl"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(folders.Read("documents.csv").Header, Is.EqualTo(new[] { "url", "referrer", "status", "http_status", "content_type", "bytes", "sha256", "fetched_at", "report_id", "note" }));
            foreach (var file in new[] { "reports.csv", "values.csv", "checks.csv", "sections.csv", "documents.csv" })
            {
                Assert.That(File.ReadAllBytes(Path.Combine(folders.Out, file))[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), file);
            }

            Assert.That(log, Is.Not.Empty);
            foreach (var line in log)
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                foreach (var field in new[] { "time", "level", "host", "url", "event" })
                {
                    Assert.That(json.RootElement.TryGetProperty(field, out _), Is.True, $"{field} in {line}");
                }
            }

            Assert.That(log.Count(l => l.Contains("\"event\":\"visited\"", StringComparison.Ordinal)), Is.EqualTo(folders.Documents().Count - 1), "every URL but robots.txt, which is logged as robots");
            Assert.That(log.Count(l => l.Contains("\"event\":\"robots\"", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(log, Has.Some.Contains("\"event\":\"retry\""));
        }
    }

    private static string Field(Output.CsvFileContents csv, string[] row, string column) => row[csv.Header.ToList().IndexOf(column)];
}
