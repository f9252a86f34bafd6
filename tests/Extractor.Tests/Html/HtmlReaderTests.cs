using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Reports;
using Extractor.Readers;
using Extractor.Readers.Html;
using Extractor.Readers.Text;

namespace Extractor.Tests.Html;

public class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html><html><head><meta charset="{0}"><title>年报</title><script>var x = "一、总体情况";</script></head>
        <body>
        <nav><a href="/">首页</a> <a href="/a">2023年政府信息公开工作年度报告</a></nav>
        <div class="side"><ul><li><a>某局2022年政府信息公开工作年度报告</a></li></ul></div>
        <div class="font">字号 <a>大</a> <a>中</a> <a>小</a></div>
        <h1>某某县人民政府办公室2024年政府信息公开工作年度报告</h1>
        <div id="zoom">
        <p class="MsoNormal">本报告统计期限自2024年1月1日至12月31日。<o:p></o:p></p>
        <p>一、总体情况</p><p>全年主动公开信息120条。</p>
        <p style="display:none">二、主动公开政府信息情况（隐藏的副本）</p>
        <p>二、主动公开政府信息情况</p>
        <table border="1">
        <tr><td colspan="4">第二十条第（一）项</td></tr>
        <tr><th>信息内容</th><th>本年<br>制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>
        <tr><td><p class="MsoNormal"><span>规章</span></p></td><td>1</td><td>&nbsp;</td><td>3</td></tr>
        <tr><td>行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr>
        <tr><td colspan="4">第二十条第（五）项</td></tr>
        <tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
        <tr><td>行政许可</td><td colspan="3">7</td></tr>
        </table>
        <p>三、收到和处理政府信息公开申请情况</p>
        <table>
        <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
        <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
        <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
        <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
        <tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
        <tr><td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td></td><td></td><td></td><td></td><td></td><td>1</td></tr>
        <tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
        </table>
        </div>
        <footer>版权所有 访问量：1234</footer>
        </body></html>
        """;

    private static ReportResult Process(byte[] bytes, string? contentType = null) =>
        new DocumentProcessor().Process(bytes, "page.html", contentType);

    private static decimal? Value(ReportResult r, string key) => r.Cells.SingleOrDefault(c => c.Key.ToString() == key)?.Number;

    [Test]
    public void A_portal_page_gives_its_report_and_not_its_chrome()
    {
        var r = Process(Encoding.UTF8.GetBytes(Page.Replace("{0}", "utf-8", StringComparison.Ordinal)));
        Assert.Multiple(() =>
        {
            Assert.That(r.Format, Is.EqualTo("html"));
            Assert.That(r.Agency, Is.EqualTo("某某县人民政府办公室"));
            Assert.That(r.Year, Is.EqualTo(2024));
            Assert.That(Value(r, "active.rules.issued"), Is.EqualTo(1));
            Assert.That(r.Cells.Single(c => c.Key.ToString() == "active.rules.repealed").Kind.ToString(), Is.EqualTo("Empty"));
            Assert.That(Value(r, "active.licensing.decisions"), Is.EqualTo(7));
            Assert.That(Value(r, "applications.new_received.total"), Is.EqualTo(6));
            Assert.That(Value(r, "applications.granted.business"), Is.EqualTo(1));
            Assert.That(Value(r, "applications.denied_state_secret.total"), Is.EqualTo(1));
            Assert.That(Value(r, "applications.denied_prohibited_by_law.total"), Is.EqualTo(0));
            Assert.That(r.Sections.Select(s => s.Number), Is.EqualTo(new[] { 1, 2, 3 }));
        });
    }

    [Test]
    public void A_side_column_of_cut_names_between_title_and_article_is_not_the_title()
    {
        // The title stands outside the article; the 历年年报 column, names cut with "…", stands between them.
        var page = Page.Replace("{0}", "utf-8", StringComparison.Ordinal)
            .Replace("<div class=\"side\"><ul><li><a>某局2022年政府信息公开工作年度报告</a></li></ul></div>\n", string.Empty, StringComparison.Ordinal)
            .Replace(
                "<div id=\"zoom\">",
                "<div class=\"side\"><h3>历年年报</h3><ul><li><a>• 某某县人民政府办…2021年政府信息公开工作年度报告</a></li><li><a>• 某某县人民政府办…2019年政府信息公开工作年度报告</a></li></ul></div>\n<div id=\"zoom\">",
                StringComparison.Ordinal);
        Assert.That(page, Does.Contain("历年年报"));
        var r = Process(Encoding.UTF8.GetBytes(page));
        Assert.That((r.Agency, r.Year), Is.EqualTo(("某某县人民政府办公室", (int?)2024)));
    }

    [Test]
    public void Cells_are_located_by_table_row_and_column()
    {
        var r = Process(Encoding.UTF8.GetBytes(Page.Replace("{0}", "utf-8", StringComparison.Ordinal)));
        var cell = r.Cells.Single(c => c.Key.ToString() == "applications.granted.total");
        Assert.That(cell.Location.Describe(), Is.EqualTo("table 2 row 5 col 10"));
    }

    [Test]
    public void A_gbk_page_with_meta_charset_reads_right()
    {
        var r = Process(TextDecoder.Gb18030.GetBytes(Page.Replace("{0}", "gb2312", StringComparison.Ordinal)));
        Assert.That(Value(r, "applications.new_received.total"), Is.EqualTo(6));
    }

    [Test]
    public void A_gbk_page_without_declaration_reads_right_when_the_content_type_is_given()
    {
        var html = Page.Replace("<meta charset=\"{0}\">", string.Empty, StringComparison.Ordinal);
        var r = Process(TextDecoder.Gb18030.GetBytes(html), "text/html; charset=GBK");
        Assert.That(Value(r, "applications.new_received.total"), Is.EqualTo(6));
    }

    [Test]
    public void A_gbk_page_without_any_declaration_is_reported_not_garbled()
    {
        var html = Page.Replace("<meta charset=\"{0}\">", string.Empty, StringComparison.Ordinal);
        var r = Process(TextDecoder.Gb18030.GetBytes(html));
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(r.Error, Does.Contain("charset not declared"));
        });
    }

    [Test]
    public void A_page_declared_utf8_but_gbk_falls_back_and_says_so()
    {
        var outcome = HtmlReader.Read(TextDecoder.Gb18030.GetBytes(Page.Replace("{0}", "utf-8", StringComparison.Ordinal)), null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Content, Is.Not.Null);
            Assert.That(outcome.Content!.Notes, Has.Some.Contains("GB18030"));
        });
    }

    [Test]
    public void Spans_are_laid_on_the_grid()
    {
        var outcome = HtmlReader.Read(Encoding.UTF8.GetBytes(Page.Replace("{0}", "utf-8", StringComparison.Ordinal)), null);
        var blocks = outcome.Content!.Blocks;
        var secret = blocks.Single(b => b.Text == "1.属于国家秘密");
        Assert.Multiple(() =>
        {
            Assert.That(secret.Grid, Is.EqualTo(new GridPosition(2, 5, 2)));
            Assert.That(blocks.Where(b => b.Line == secret.Line).Select(b => b.Grid!.Column), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
        });
    }

    [Test]
    public void Half_an_html_file_still_gives_a_row()
    {
        var html = Page.Replace("{0}", "utf-8", StringComparison.Ordinal);
        var r = Process(Encoding.UTF8.GetBytes(html[..(html.Length / 3)]));
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.AnyOf(ReportStatus.Incomplete, ReportStatus.Failed));
            Assert.That(r.Error, Is.Not.Empty);
        });
    }

    [Test]
    public void A_listing_page_is_not_a_report()
    {
        var listing = "<html><body><ul>" + string.Concat(Enumerable.Range(2015, 10).Select(y => $"<li><a href='/{y}.html'>某县{y}年政府信息公开工作年度报告</a><span>{y + 1}-01-20</span></li>")) + "</ul></body></html>";
        var r = Process(Encoding.UTF8.GetBytes(listing));
        Assert.That(r.Status, Is.EqualTo(ReportStatus.Failed));
    }

    [Test]
    public void A_row_missing_a_td_is_left_unplaced_not_shifted()
    {
        // A browser shows a missing <td> as a shift too: which cell is absent cannot be told, so none is guessed.
        var html = Page.Replace("{0}", "utf-8", StringComparison.Ordinal).Replace(
            "<tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>",
            "<tr><td>2.其他法律行政法规禁止公开</td><td>4</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>",
            StringComparison.Ordinal);
        var r = Process(Encoding.UTF8.GetBytes(html));
        Assert.Multiple(() =>
        {
            Assert.That(r.Cells.Any(c => c.Key.Row == "denied_prohibited_by_law"), Is.False);
            Assert.That(Value(r, "applications.denied_state_secret.total"), Is.EqualTo(1));
            Assert.That(r.Error, Does.Contain("applications.denied_prohibited_by_law: 6 cells for 7 columns"));
        });
    }

    [Test]
    public void A_hidden_cell_prints_nothing()
    {
        var html = Page.Replace("{0}", "utf-8", StringComparison.Ordinal).Replace(
            "<tr><td>行政许可</td><td colspan=\"3\">7</td></tr>",
            "<tr><td>行政许可</td><td style=\"display:none\">9</td><td colspan=\"3\">7</td></tr>",
            StringComparison.Ordinal);
        Assert.That(Value(Process(Encoding.UTF8.GetBytes(html)), "active.licensing.decisions"), Is.EqualTo(7));
    }
}
