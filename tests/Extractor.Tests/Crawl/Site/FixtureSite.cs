using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Readers.Text;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Crawl.Site;

/// <summary>
/// The committed fixture portal under fixtures/site/: a county portal with a 年报 column of three listing pages that
/// mix reports with notices, inline reports whose values come from text fixtures (so every number is known), a GBK
/// page, PDF attachments, and the links to the fault routes the test server adds (see <see cref="FixturePortal"/>).
/// Written by <see cref="Files"/>; a test keeps the committed files equal to it.
/// </summary>
public static class FixtureSite
{
    public const string Folder = "site";

    /// <summary>The report that changes between two runs: version 1 and version 2 (a few consistent cells more).</summary>
    public const string ChangingReport = "/xxgk/ndbg/202501/t20250120_2024.html";

    public const string ChangingReportV2 = "/xxgk/ndbg/202501/t20250120_2024.v2.html";

    /// <summary>Served with its charset only in the HTTP header.</summary>
    public const string GbkReport = "/xxgk/ndbg/202301/t20230130_2022.html";

    public const string DuplicateOfReport2023 = "/xxgk/ndbg/202401/t20240125_2023.shtml";

    public const string Report2023 = "/xxgk/ndbg/202401/t20240125_2023.html";

    public const string Report2021 = "/xxgk/ndbg/202201/t20220128_2021.html";

    public const string Pdf2021 = "/xxgk/ndbg/202201/P020220128_2021.pdf";

    /// <summary>The same PDF behind a download script, sent as application/octet-stream.</summary>
    public const string Pdf2021Download = "/xxgk/ndbg/download.jsp?fileId=2021";

    public const string OversizedWithLength = "/xxgk/ndbg/202201/P020220128_tables.pdf";

    public const string OversizedChunked = "/xxgk/ndbg/202201/P020220128_scan.pdf";

    public const string Disallowed = "/xxgk/ndbg/private/t2018.html";

    public const string RetryAfter = "/xxgk/ndbg/202001/t2017_busy.html";

    public const string Challenge412 = "/xxgk/ndbg/guard/t2016.html";

    public const string LoopStart = "/xxgk/ndbg/loop/a.html";

    public const string LoopNext = "/xxgk/ndbg/loop/b.html";

    public const string CookieChallenge = "/xxgk/ndbg/js/t2014.html";

    /// <summary>A link to another loopback address: private, no seed there, so never followed.</summary>
    public const string PrivateLink = "/xxgk/ndbg/t2013.html";

    public const string Notice = "/xxgk/ndbg/tz/t20250105_notice.html";

    /// <summary>Placeholder in pages for the authority of a second loopback host, filled in by the server.</summary>
    public const string OtherHostPlaceholder = "{{OTHER_HOST}}";

    private static readonly (string Path, string Fixture, string Published)[] Reports =
    [
        (ChangingReport, "text/2021_blank_line_between_cells.expected.json", "2025-01-20"),
        (Report2023, "text/2021_lone_pipe_lines_between_rows.expected.json", "2024-01-25"),
        (GbkReport, "text/2021_gbk_encoded.expected.json", "2023-01-30"),
        (Report2021, "text/2021_blank_cells_between_pipes.expected.json", "2022-01-28"),
        ("/xxgk/ndbg/202101/t20210129_2020.html", "text/2019_instructions_in_labels.expected.json", "2021-01-29"),
        ("/xxgk/ndbg/202001/t20200131_2019.html", "text/2019_blank_cells_and_empty_rows.expected.json", "2020-01-31"),
    ];

    // Applying these to version 1 keeps every identity: one more application from a natural person, granted.
    private static readonly string[] ChangedCells =
    [
        "applications.new_received.natural_person", "applications.new_received.total",
        "applications.granted.natural_person", "applications.granted.total",
        "applications.total_processed.natural_person", "applications.total_processed.total",
    ];

    /// <summary>Every file of the site, by path under fixtures/site/.</summary>
    public static SortedDictionary<string, byte[]> Files()
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var expected = new SortedDictionary<string, Expectation>(StringComparer.Ordinal);
        void Page(string path, string html) => files[path.TrimStart('/')] = Encoding.UTF8.GetBytes(html);

        files["robots.txt"] = Encoding.ASCII.GetBytes("# Fixture portal\nUser-agent: *\nDisallow: /xxgk/ndbg/private/\nDisallow: /search\n\nUser-agent: BadBot\nDisallow: /\n");
        Page("/index.html", Home());
        Page("/xxgk/index.html", DisclosureSection());
        Page("/xxgk/ndbg/index.html", Listing(0));
        Page("/xxgk/ndbg/index_1.html", Listing(1));
        Page("/xxgk/ndbg/index_2.html", Listing(2));
        Page(Notice, Article("关于报送2024年度政府信息公开工作年度报告的通知", "各单位：请于2025年1月31日前报送本单位2024年度政府信息公开工作年度报告。"));
        Page("/xxgk/ndbg/tz/t20250210_plan.html", Article("2025年政务公开工作要点", "为深入推进政务公开，现将2025年政务公开工作要点印发给你们。"));
        Page(Disallowed, Article("2018年政府信息公开工作年度报告", "内部稿，不应被抓取。"));
        Page(RetryAfter, LegacyReport());

        foreach (var (path, fixture, published) in Reports)
        {
            var truth = Expectation.Load(RepoPaths.Fixture(fixture.Split('/')));
            var attachments = path == Report2021 ? Attachments2021 : string.Empty;
            if (path == GbkReport)
            {
                files[path.TrimStart('/')] = TextDecoder.Gb18030.GetBytes(ReportPage.Html(truth, published, metaCharset: null));
            }
            else
            {
                Page(path, ReportPage.Html(truth, published, "utf-8", attachments));
            }

            expected[path] = Expected(truth);
            if (path == ChangingReport)
            {
                var changed = Changed(truth);
                Page(ChangingReportV2, ReportPage.Html(changed, published, "utf-8"));
                expected[ChangingReportV2] = Expected(changed);
            }
        }

        files[Pdf2021.TrimStart('/')] = TinyPdf.Make("2021 annual report on government information disclosure (attachment)");
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        files["expected.json"] = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(expected, options).ReplaceLineEndings("\n") + "\n");
        files["README.md"] = Encoding.UTF8.GetBytes(Readme);
        return files;
    }

    /// <summary>The expectations of the inline reports, by path (fixtures/site/expected.json).</summary>
    public static IReadOnlyDictionary<string, Expectation> Expectations() =>
        JsonSerializer.Deserialize<Dictionary<string, Expectation>>(File.ReadAllBytes(RepoPaths.Fixture(Folder, "expected.json")))!;

    private static Expectation Expected(Expectation truth) => new()
    {
        Status = truth.Status,
        Era = truth.Era,
        Year = truth.Year,
        Agency = truth.Agency,
        Cells = truth.Cells,
    };

    private static Expectation Changed(Expectation truth)
    {
        var cells = new Dictionary<string, ExpectedCell>(truth.Cells);
        foreach (var key in ChangedCells)
        {
            var value = decimal.Parse(cells[key].Value!, CultureInfo.InvariantCulture) + 1;
            cells[key] = new ExpectedCell { Kind = "number", Value = value.ToString(CultureInfo.InvariantCulture) };
        }

        return truth with { Cells = cells };
    }

    private const string Attachments2021 = """
        <div class="attachments">
        <p>附件：<a href="P020220128_2021.pdf">2021年度政府信息公开工作年度报告.pdf</a></p>
        <p><a href="../download.jsp?fileId=2021">附件1</a></p>
        <p>附件：<a href="P020220128_tables.pdf">统计表（原件扫描）</a></p>
        <p>附件：<a href="P020220128_scan.pdf">统计表（高清扫描）</a></p>
        </div>

        """;

    private static string Home() => Shell("某某县人民政府", """
        <div class="nav"><a href="/">首页</a> <a href="/xxgk/index.html">政府信息公开</a> <a href="/news/index.html">新闻中心</a> <a href="/search?q=年报">搜索</a></div>
        <ul class="news">
        <li><a href="/news/t20250301_1.html">县长调研春耕生产工作</a></li>
        <li><a href="/news/t20250228_2.html">我县召开政务公开工作推进会</a></li>
        </ul>
        <img src="/images/banner.png" alt="banner">
        """);

    private static string DisclosureSection() => Shell("政府信息公开", """
        <div class="columns">
        <a href="/xxgk/zcwj/index.html">政策文件</a>
        <a href="/xxgk/ndbg/index.html">政府信息公开年报</a>
        <a href="/xxgk/zn/index.html">政府信息公开指南</a>
        <a href="/xxgk/zd/index.html">政府信息公开制度</a>
        </div>
        """);

    /// <summary>A report's title as its listing links it: the agency and year its page prints.</summary>
    private static string Title(string path)
    {
        var fixture = Reports.Single(r => r.Path == path).Fixture;
        var truth = Expectation.Load(RepoPaths.Fixture(fixture.Split('/')));
        return $"{truth.Agency}{truth.Year}年政府信息公开工作年度报告";
    }

    private static string Listing(int page)
    {
        var items = page switch
        {
            0 => $"""
                <li><a href="tz/t20250105_notice.html" title="关于报送2024年度政府信息公开工作年度报告的通知">关于报送2024年度政府信息公开工作年度报告的通知</a><span>2025-01-05</span></li>
                <li><a href="./202501/t20250120_2024.html" title="{Title(ChangingReport)}">{Title(ChangingReport)[..^5]}...</a><span>2025-01-20</span></li>
                <li><a href="tz/t20250210_plan.html">2025年政务公开工作要点</a><span>2025-02-10</span></li>
                <li><a href="/xxgk/ndbg/202401/t20240125_2023.html#content">{Title(Report2023)}</a><span>2024-01-25</span></li>
                <li><a href="http://{OtherHostPlaceholder}{PrivateLink}">2013年政府信息公开工作年度报告</a><span>2014-01-20</span></li>
                """,
            1 => $"""
                <li><a href="202301/t20230130_2022.html">{Title(GbkReport)}</a><span>2023-01-30</span></li>
                <li><a href="/news/t20230301_3.html">我县政务服务中心搬迁公告</a><span>2023-03-01</span></li>
                <li><a href="202201/t20220128_2021.html">{Title(Report2021)}</a><span>2022-01-28</span></li>
                <li><a href="private/t2018.html">2018年政府信息公开工作年度报告</a><span>2019-01-30</span></li>
                <li><a href="202001/t2017_busy.html">2017年政府信息公开工作年度报告</a><span>2018-01-30</span></li>
                """,
            _ => $"""
                <li><a href="202101/t20210129_2020.html">{Title("/xxgk/ndbg/202101/t20210129_2020.html")}</a><span>2021-01-29</span></li>
                <li><a href="202001/t20200131_2019.html">白水县卫生健康局2019年度政府信息公开工作年度报告</a><span>2020-01-31</span></li>
                <li><a href="202401/t20240125_2023.shtml">【置顶】{Title(Report2023)}</a><span>2024-01-25</span></li>
                <li><a href="guard/t2016.html">2016年政府信息公开工作年度报告</a><span>2017-01-20</span></li>
                <li><a href="loop/a.html">2015年政府信息公开工作年度报告</a><span>2016-01-20</span></li>
                <li><a href="js/t2014.html">二〇一四年政府信息公开工作年度报告</a><span>2015-01-20</span></li>
                """,
        };
        var pager = page switch
        {
            0 => """
                <div class="pager"><script>createPageHTML(3, 0, "index", "html");</script>
                <a href="index_1.html">下一页</a> <a href="index_2.html">尾页</a></div>
                """,
            1 => """<div class="pager"><a href="index.html">首页</a> <a href="index.html">上一页</a> <a href="index.html">1</a> <span>2</span> <a href="index_2.html">3</a> <a href="index_2.html">下一页</a></div>""",
            _ => """<div class="pager"><a href="index.html">首页</a> <a href="index_1.html">上一页</a> <a href="index.html">1</a> <a href="index_1.html">2</a> <span>3</span></div>""",
        };
        return Shell("政府信息公开年报", $"""
            <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/index.html">政府信息公开</a> &gt; 政府信息公开年报</div>
            <div class="side"><a href="/xxgk/zcwj/index.html">政策文件</a> <a href="/xxgk/zn/index.html">政府信息公开指南</a></div>
            <ul class="list">
            {items}
            </ul>
            {pager}
            """);
    }

    private static string Article(string title, string text) =>
        Shell(title, $"<div class=\"article\"><h1>{title}</h1><div id=\"zoom\"><p>{text}</p></div></div>");

    private static string LegacyReport()
    {
        var lines = File.ReadAllLines(RepoPaths.Fixture("bad", "2017_legacy_report.txt"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l.Trim())}</p>");
        return Shell("2017年政府信息公开工作年度报告", $"<div class=\"article\"><div id=\"zoom\">\n{string.Join("\n", lines)}\n</div></div>");
    }

    private static string Shell(string title, string body) =>
        $"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n</head>\n<body>\n{body.TrimEnd()}\n</body>\n</html>\n";

    private const string Readme = """
        # Fixture portal

        A county portal for the crawler's tests (tests/Extractor.Tests/Crawl), served by a Kestrel server on 127.0.0.1
        (FixturePortal.cs), which adds the fault routes: 503 with Retry-After, a 412 challenge, a redirect loop, a
        JavaScript cookie challenge, oversized attachments, the duplicate URL and the download script.

        Written by FixtureSite.cs, never by hand: `EXTRACTOR_WRITE_SITE=1 dotnet test --filter SiteFixtureTests`
        rewrites it, and a test fails while the committed files differ from what FixtureSite.cs writes.

        | path | what |
        |---|---|
        | index.html | home page: a 政府信息公开 link among news |
        | xxgk/index.html | the disclosure section: the 政府信息公开年报 column among other columns |
        | xxgk/ndbg/index.html, index_1.html, index_2.html | the 年报 column: reports mixed with notices, a work plan, news; pagers by createPageHTML, 下一页/尾页 and page numbers |
        | xxgk/ndbg/2025../t*.html | inline reports; their values are those of the text fixtures named in expected.json |
        | xxgk/ndbg/202301/t20230130_2022.html | GBK bytes, no meta charset: the server's Content-Type names it |
        | xxgk/ndbg/202501/t20250120_2024.v2.html | the 2024 report as changed before the second run |
        | xxgk/ndbg/202201/P020220128_2021.pdf | a PDF attachment (also sent by download.jsp as application/octet-stream) |
        | xxgk/ndbg/private/ | disallowed by robots.txt: must never be requested |
        | expected.json | per report page: era, year, agency and every cell |

        """;
}
