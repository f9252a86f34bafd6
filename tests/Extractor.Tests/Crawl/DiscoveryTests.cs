using System.Text;
using Extractor.Crawler.Discovery;

namespace Extractor.Tests.Crawl;

public sealed class DiscoveryTests
{
    private static readonly Uri Page = new("http://www.example.gov.cn/xxgk/ndbg/index.html");

    [TestCase("HTTP://WWW.Example.GOV.cn:80/a/../b.html#top", "http://www.example.gov.cn/b.html")]
    [TestCase("https://example.gov.cn:443/x;jsessionid=ABC123?id=1&utm_source=wx", "https://example.gov.cn/x?id=1")]
    [TestCase("http://example.gov.cn:8080/a b.html", "http://example.gov.cn:8080/a%20b.html")]
    [TestCase("http://user:pw@example.gov.cn/", "http://example.gov.cn/")]
    [TestCase("http://例子.政务.cn/年报.html", "http://xn--fsqu00a.xn--zfr164b.cn/%E5%B9%B4%E6%8A%A5.html")]
    public void Urls_are_canonical(string input, string canonical) =>
        Assert.That(UrlCanonicalizer.Canonical(input)?.AbsoluteUri, Is.EqualTo(canonical));

    [TestCase("javascript:void(0)")]
    [TestCase("mailto:xxgk@example.gov.cn")]
    [TestCase("ftp://example.gov.cn/a.pdf")]
    [TestCase("  ")]
    public void Only_http_and_https_are_followed(string href) =>
        Assert.That(UrlCanonicalizer.Canonical(href, Page), Is.Null);

    [TestCase("某某县人民政府2023年政府信息公开工作年度报告", 2023)]
    [TestCase("2022年度政府信息公开工作年度报告", 2022)]
    [TestCase("某某区教育局 2021 年政府信息公开年报", 2021)]
    [TestCase("二〇二〇年政府信息公开工作年度报告", 2020)]
    [TestCase("２０１９年政府信息公开工作年度报告（2020-01-31）", 2019)]
    [TestCase("政府信息公开工作年度报告（2018年）", 2018)]
    [TestCase("2024年度政府信息公开工作年度报告.pdf", 2024)]
    [TestCase("关于报送2024年度政府信息公开工作年度报告的通知", null)]
    [TestCase("2024年度政府信息公开工作年度报告的通知", null)]
    [TestCase("2025年政务公开工作要点", null)]
    [TestCase("2023年政府信息公开工作年度报告（图解）", null)]
    [TestCase("政府信息公开工作年度报告", null)]
    public void Report_titles_are_told_from_other_items(string text, int? year) =>
        Assert.That(ReportTitle.YearOf(text), Is.EqualTo(year));

    [TestCase("政府信息公开年报", true)]
    [TestCase("政府信息公开工作年度报告", true)]
    [TestCase("政府信息公开", true)]
    [TestCase("政府信息公开指南", false)]
    [TestCase("2023年政府信息公开工作年度报告", false)]
    public void Column_names(string text, bool column) => Assert.That(ReportTitle.IsColumnName(text), Is.EqualTo(column));

    [Test]
    public void A_listing_gives_its_reports_pages_and_nothing_else()
    {
        const string html = """
            <html><head><base href="/xxgk/ndbg/"></head><body>
            <a href="/">首页</a> <a href="/news/1.html">县长调研</a>
            <ul>
            <li><a href="t1.html" title="某县2023年政府信息公开工作年度报告">某县2023年政府信息公开工...</a></li>
            <li><a href="t2.html">关于报送2023年度政府信息公开工作年度报告的通知</a></li>
            <li><a href="./t3.html#x">某县2022年政府信息公开工作年度报告</a></li>
            <li><a href="t3.html">某县2022年政府信息公开工作年度报告</a></li>
            <li><a href="files/2021.pdf">2021年政府信息公开工作年度报告.pdf</a></li>
            </ul>
            <a href="index_1.html">下一页</a> <a href="index_9.html">尾页</a> <a href="list.jsp?page=3">3</a> <a href="javascript:go(4)">4</a>
            <script>createPageHTML(4, 0, "index", "shtml");</script>
            </body></html>
            """;
        var links = LinkExtractor.Extract(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", Page);
        string Of(LinkRole role) => string.Join(" ", links.Where(l => l.Role == role).Select(l => l.Url.PathAndQuery));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Of(LinkRole.Report), Is.EqualTo("/xxgk/ndbg/t1.html /xxgk/ndbg/t3.html"));
            Assert.That(links.Single(l => l.Url.AbsolutePath.EndsWith("t1.html", StringComparison.Ordinal)).Year, Is.EqualTo(2023));
            Assert.That(Of(LinkRole.Attachment), Is.EqualTo("/xxgk/ndbg/files/2021.pdf"));
            Assert.That(links.Single(l => l.Role == LinkRole.Attachment).Year, Is.EqualTo(2021));
            Assert.That(Of(LinkRole.Pagination), Is.EqualTo(
                "/xxgk/ndbg/index_1.html /xxgk/ndbg/index_9.html /xxgk/ndbg/list.jsp?page=3 /xxgk/ndbg/index.shtml /xxgk/ndbg/index_1.shtml /xxgk/ndbg/index_2.shtml /xxgk/ndbg/index_3.shtml"));
            Assert.That(Of(LinkRole.Column), Is.Empty);
        }
    }

    [Test]
    public void A_report_page_gives_its_attachments_by_extension_or_by_the_word_fujian()
    {
        const string html = """
            <html><body><div id="zoom"><p>正文</p></div>
            <p>附件：<a href="/u/cms/2024/report.docx">报告全文</a></p>
            <p><a href="/download.jsp?id=77">附件2</a></p>
            <p><a href="/u/report.wps">WPS版</a> <a href="/u/report.DOC">DOC版</a> <a href="/img/a.png">图片</a></p>
            </body></html>
            """;
        var links = LinkExtractor.Extract(Encoding.UTF8.GetBytes(html), null, new Uri("http://x.gov.cn/a/b.html"));
        Assert.That(links.Where(l => l.Role == LinkRole.Attachment).Select(l => l.Url.PathAndQuery),
            Is.EqualTo(new[] { "/u/cms/2024/report.docx", "/download.jsp?id=77", "/u/report.wps", "/u/report.DOC" }));
    }

    [Test]
    public void A_gbk_listing_named_only_by_its_content_type_is_read()
    {
        var html = "<html><body><a href=\"t.html\">某县2023年政府信息公开工作年度报告</a></body></html>";
        var bytes = Extractor.Readers.Text.TextDecoder.Gb18030.GetBytes(html);
        var links = LinkExtractor.Extract(bytes, "text/html; charset=GBK", Page);
        Assert.That(links.Single().Year, Is.EqualTo(2023));
    }
}
