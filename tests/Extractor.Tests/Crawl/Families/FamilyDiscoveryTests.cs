using System.Text;
using Extractor.Crawler.Discovery;
using Extractor.Crawler.Discovery.Families;

namespace Extractor.Tests.Crawl.Families;

/// <summary>Each link finder on its own, on pages shaped like its family's.</summary>
public sealed class FamilyDiscoveryTests
{
    private static DiscoveryPage Page(string text, string url, string contentType = "text/html; charset=utf-8") =>
        new(Encoding.UTF8.GetBytes(text), contentType, new Uri(url));

    [TestCase("2019年度政府信息公开工作报告", 2019)]
    [TestCase("某县2020年度政府信息公开工作报告", 2020)]
    [TestCase("关于2019年度政府信息公开工作报告的说明", null)]
    [TestCase("2019年政府工作报告", null)]
    public void The_title_variant_without_nian_du_bao_gao_is_a_report(string title, int? year) =>
        Assert.That(ReportTitle.YearOf(title), Is.EqualTo(year));

    [Test]
    public void Trs_six_argument_pager_names_every_page_one_based()
    {
        var page = Page("<html><body><script>createPageHTML('page_div', 4, 2, 'index', 'shtml', 52);</script></body></html>", "http://a.gov.cn/col/index_1.shtml");

        var urls = new TrsPagerLinks().Find(page).Select(l => l.Url.AbsolutePath);

        Assert.That(urls, Is.EqualTo(new[] { "/col/index.shtml", "/col/index_1.shtml", "/col/index_2.shtml", "/col/index_3.shtml" }));
    }

    [Test]
    public void Trs_count_page_pager_names_every_page()
    {
        var page = Page("""
            <html><body><script language="JavaScript">
            var countPage = 3//共多少页
            var currentPage = 0//当前页
            document.write("<a href=\"list_" + (currentPage + 1) + ".htm\">下一页</a>");
            </script></body></html>
            """, "http://a.gov.cn/zwgk/nb/list.htm");

        var urls = new TrsPagerLinks().Find(page).Select(l => l.Url.AbsolutePath);

        Assert.That(urls, Is.EqualTo(new[] { "/zwgk/nb/list.htm", "/zwgk/nb/list_1.htm", "/zwgk/nb/list_2.htm" }));
    }

    [Test]
    public void Hanweb_datastore_records_are_links_and_later_groups_are_posts_with_the_column_parameters()
    {
        var page = Page("""
            <html><body><div id="d"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&columnid=77"></a>]]></nextgroup><recordset>
            <record><![CDATA[<li><a href="/art/2024/1/10/art_77_1.html" title="某厅2023年政府信息公开工作年度报告">某厅2023年…</a></li>]]></record>
            <record><![CDATA[<li><a href="/art/2024/1/9/art_77_2.html">新闻一则</a></li>]]></record>
            </recordset></datastore></script></div>
            <script>var param_77 = {col:1, webid:'3', path:'/', columnid:77, sourceContentType:1, unitid:'9', webname:'某省', permissiontype:0};</script>
            <script>$('#d').jpage({ perPage: 1, totalRecord: 5, proxyUrl: '/module/web/jpage/dataproxy.jsp' });</script>
            </body></html>
            """, "http://a.gov.cn/col/col77/index.html");

        var records = new HanwebDatastoreLinks().Find(page).ToList();
        var groups = new HanwebGroupPaging().Find(page).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(records.Select(r => (r.Url.AbsolutePath, r.Role, r.Year)), Is.EqualTo(new[] { ("/art/2024/1/10/art_77_1.html", LinkRole.Report, (int?)2023) }));
            Assert.That(groups.Select(g => g.Url.PathAndQuery), Is.EqualTo(new[] { "/module/web/jpage/dataproxy.jsp?startrecord=3&endrecord=4&perpage=1", "/module/web/jpage/dataproxy.jsp?startrecord=5&endrecord=6&perpage=1" }));
            Assert.That(groups[0].Form, Is.EqualTo("col=1&webid=3&path=%2F&columnid=77&sourceContentType=1&unitid=9&webname=%E6%9F%90%E7%9C%81&permissiontype=0"));
            Assert.That(FormRequest.TryParse(groups[0].RequestKey, out var target, out var form), Is.True);
            Assert.That((target, form), Is.EqualTo((groups[0].Url, groups[0].Form)));
        }
    }

    [Test]
    public void A_dataproxy_xml_answer_gives_its_records()
    {
        var page = Page("""<?xml version="1.0" encoding="UTF-8"?><datastore><recordset><record><![CDATA[<a href="/art/2024/1/10/art_1_9.html">某局2023年政府信息公开工作年度报告</a>]]></record></recordset></datastore>""",
            "http://a.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46", "text/xml");

        var links = LinkExtractor.Extract(page);

        Assert.That((page.Shape, links.Single().Url.AbsolutePath, links.Single().Role), Is.EqualTo((PageShape.Xml, "/art/2024/1/10/art_1_9.html", LinkRole.Report)));
    }

    [Test]
    public void Gkmlpt_config_leads_to_the_report_nodes_api_and_its_first_page_to_the_others()
    {
        var shell = Page("""
            <html><head><script>window._CONFIG = {"SID": "gz01", "TREE": [{"id": 1, "name": "机构信息", "children": [{"id": 2629, "name": "政府信息公开年报", "children": []}]}]};</script></head><body><div id="app"></div></body></html>
            """, "http://www.gz.gov.cn/gzsrmzfxxgk/gkmlpt/annualreport");
        var first = Page("""{"articles": [{"id": 9, "title": "广州市2023年政府信息公开工作年度报告", "url": "http://www.gz.gov.cn/gkmlpt/content/9/9/post_9.html", "logo": "/img/a.png"}, {"id": 8, "title": "通知", "url": "/gkmlpt/content/8/8/post_8.html"}], "total": 5}""",
            "http://www.gz.gov.cn/gkmlpt/api/all/2629?page=1&sid=gz01", "application/json");

        var api = new GkmlptLinks().Find(shell).Single();
        var pages = new GkmlptLinks().Find(first).Select(l => l.Url.PathAndQuery);
        var reports = LinkExtractor.Extract(first).Where(l => l.Role == LinkRole.Report).Select(l => l.Url.AbsoluteUri);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((api.Url.PathAndQuery, api.Role), Is.EqualTo(("/gzsrmzfxxgk/gkmlpt/api/all/2629?page=1&sid=gz01", LinkRole.Column)));
            Assert.That(pages, Is.EqualTo(new[] { "/gkmlpt/api/all/2629?page=2&sid=gz01", "/gkmlpt/api/all/2629?page=3&sid=gz01" }));
            Assert.That(reports, Is.EqualTo(new[] { "http://www.gz.gov.cn/gkmlpt/content/9/9/post_9.html" }));
        }
    }

    [Test]
    public void Anhui_label_pages_come_from_the_concatenated_get_up_to_the_page_count()
    {
        var page = Page("""
            <html><body><div id="list"></div><script>
            $("#pager").pagination({ pageCount: 3, callback: function (api) {
              $.get('/site/label/8888?IsAjax=1&dataType=html&_=' + Math.random() + '&labelName=publicInfoList&pageSize=15&pageIndex=' + api.getCurrent() + '&organId=1', function (d) { $('#list').html(d); });
            } });
            </script></body></html>
            """, "http://www.ah.gov.cn/public/column/1?type=4");

        var urls = new AnhuiLabelPaging().Find(page).Select(l => l.Url.PathAndQuery);

        Assert.That(urls, Is.EqualTo(new[]
        {
            "/site/label/8888?IsAjax=1&dataType=html&_=&labelName=publicInfoList&pageSize=15&pageIndex=2&organId=1",
            "/site/label/8888?IsAjax=1&dataType=html&_=&labelName=publicInfoList&pageSize=15&pageIndex=3&organId=1",
        }));
    }

    [Test]
    public void Frames_embeds_objects_and_viewer_files_are_the_pages_documents()
    {
        var page = Page("""
            <html><head><title>某局2023年政府信息公开工作年度报告</title></head><body>
            <iframe src="/top.html"></iframe>
            <iframe src="/pdfjs/web/viewer.html?file=%2Fup%2FP020240110_1.pdf"></iframe>
            <embed src="b.pdf"><object data="c.doc"></object>
            <a href="../pdfjs/web/viewer.html?file=../../up/d.pdf">查看</a> <!-- pdf.js resolves file= against the viewer: /x/up/d.pdf -->
            </body></html>
            """, "http://a.gov.cn/x/y/t1.html");

        var links = LinkExtractor.Extract(page).Where(l => l.Role == LinkRole.Attachment).Select(l => l.Url.AbsolutePath);

        Assert.That(links, Is.EquivalentTo(new[] { "/up/P020240110_1.pdf", "/x/y/b.pdf", "/x/y/c.doc", "/x/up/d.pdf" }));
    }

    [Test]
    public void Hanweb_downfile_links_are_attachments_by_their_file_name()
    {
        var page = Page("""<html><body><a href="/module/download/downfile.jsp?classid=0&filename=24011010.pdf">年报全文</a></body></html>""", "http://a.gov.cn/art/1.html");

        Assert.That(LinkExtractor.Extract(page).Single().Role, Is.EqualTo(LinkRole.Attachment));
    }

    [Test]
    public void A_script_built_listing_is_told_from_an_empty_one()
    {
        var scripted = Page("""<html><body><ul id="l"></ul><script>fetch('/x').then(r => r.json()).then(d => { document.getElementById('l').innerHTML = d; });</script></body></html>""", "http://a.gov.cn/l.html");
        var plain = Page("""<html><body><p>暂无信息</p></body></html>""", "http://a.gov.cn/l.html");

        Assert.That((ScriptBuiltListing.IsLikely(scripted), ScriptBuiltListing.IsLikely(plain)), Is.EqualTo((true, false)));
    }

    [Test]
    public void Two_posts_to_one_url_are_two_requests()
    {
        var url = new Uri("http://a.gov.cn/module/xxgk/search.jsp");
        var page = Page("<html><body>共3页</body></html>", url.AbsoluteUri, "text/html; charset=utf-8");
        var answer = new DiscoveryPage(Encoding.UTF8.GetBytes("<html><body><table></table>共3页</body></html>"), "text/html", url, form: "infotypeId=A01&currpage=1");

        var later = LinkExtractor.Extract(answer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(FormRequest.Key(url, "a=1").AbsoluteUri, Is.Not.EqualTo(FormRequest.Key(url, "a=2").AbsoluteUri));
            Assert.That(later.Select(l => l.Form), Is.EqualTo(new[] { "infotypeId=A01&currpage=2", "infotypeId=A01&currpage=3" }));
            Assert.That(LinkExtractor.Extract(page), Is.Empty, "a page that was not posted to has no later pages of a post");
        }
    }

    [Test]
    public void Hanweb_catalogue_search_is_posted_with_the_ajax_calls_literal_fields()
    {
        var page = Page("""
            <html><body><div id="div1"></div><script>
            function search(p) { $.ajax({ url: '/module/xxgk/search.jsp', type: 'post', data: { infotypeId: 'A0109', jdid: 3, area: '0024', vc_title: $('#t').val(), currpage: p }, success: function (d) { $('#div1').html(d); } }); }
            search(1);
            </script></body></html>
            """, "http://a.gov.cn/col/col9/index.html");

        var link = new HanwebCatalogueSearch().Find(page).Single();

        Assert.That((link.Url.AbsolutePath, link.Role, link.Form), Is.EqualTo(("/module/xxgk/search.jsp", LinkRole.Column, "infotypeId=A0109&jdid=3&area=0024&vc_title=&currpage=1")));
    }

    [Test]
    public void An_xml_list_answer_gives_its_items_links_by_their_titles()
    {
        var page = Page("""
            <?xml version="1.0" encoding="GBK"?>
            <list><item id="1"><title>某县2023年政府信息公开工作年度报告</title><link>/xxgk/nb/t1.html</link><pic>/img/1.png</pic></item>
            <item id="2"><title>春耕生产</title><link>/news/2.html</link></item>
            <item id="3"><title>某县2022年政府信息公开工作年度报告</title><file>http://a.gov.cn/up/P0201.pdf</file></item></list>
            """, "http://a.gov.cn/api/list.xml", "text/xml");

        var links = LinkExtractor.Extract(page).Select(l => (l.Url.AbsolutePath, l.Role));

        Assert.That(links, Is.EquivalentTo(new[] { ("/xxgk/nb/t1.html", LinkRole.Report), ("/up/P0201.pdf", LinkRole.Attachment) }));
    }

    [Test]
    public void Anhui_label_pages_come_from_an_ajax_data_object_too()
    {
        var page = Page("""
            <html><body><script>
            var pageCount = 2;
            function load(p) { $.ajax({ url: '/site/label/8888', type: 'get', data: { IsAjax: 1, labelName: 'publicInfoList', organId: '6596', pageSize: 15, pageIndex: p, _: Math.random() }, success: show }); }
            </script></body></html>
            """, "http://www.ah.gov.cn/public/column/6596?type=4");

        var urls = new AnhuiLabelPaging().Find(page).Select(l => l.Url.PathAndQuery);

        Assert.That(urls, Is.EqualTo(new[] { "/site/label/8888?IsAjax=1&labelName=publicInfoList&organId=6596&pageSize=15&pageIndex=2&_=" }));
    }

    [Test]
    public void Gkmlpt_config_written_as_a_script_object_is_read_too()
    {
        var shell = Page("""
            <html><head><script>window._CONFIG = { SID: 'sz02', TREE: [{ id: 3001, name: '政府信息公开年报', children: [] }, { id: 3002, name: '通知公告' }] };</script></head><body></body></html>
            """, "http://www.sz.gov.cn/gkmlpt/index");

        var api = new GkmlptLinks().Find(shell).Single();

        Assert.That(api.Url.PathAndQuery, Is.EqualTo("/gkmlpt/api/all/3001?page=1&sid=sz02"));
    }

    [Test]
    public void A_group_fetched_by_get_leads_to_the_group_its_nextgroup_names()
    {
        const string Xml = """<?xml version="1.0" encoding="UTF-8"?><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=2&columnid=7"></a>]]></nextgroup><recordset></recordset></datastore>""";
        var got = new DiscoveryPage(Encoding.UTF8.GetBytes(Xml), "text/xml", new Uri("http://a.gov.cn/module/web/jpage/dataproxy.jsp?page=1&columnid=7"));
        var posted = new DiscoveryPage(Encoding.UTF8.GetBytes(Xml), "text/xml", new Uri("http://a.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46"), form: "columnid=7");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new HanwebGroupPaging().Find(got).Select(l => l.Url.PathAndQuery), Is.EqualTo(new[] { "/module/web/jpage/dataproxy.jsp?page=2&columnid=7" }));
            Assert.That(new HanwebGroupPaging().Find(posted), Is.Empty, "groups by POST are all named by the column page");
        }
    }

    [Test]
    public void An_xhtml_page_with_an_xml_declaration_is_a_page_not_a_listing_answer()
    {
        var page = Page("""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml"><body><a href="/t1.html">某县2023年政府信息公开工作年度报告</a></body></html>
            """, "http://a.gov.cn/nb/index.html");

        Assert.That((page.Shape, LinkExtractor.Extract(page).Single().Role), Is.EqualTo((PageShape.Html, LinkRole.Report)));
    }

    [Test]
    public void Hanweb_page_with_two_lists_pages_each_with_its_own_settings_and_parameters()
    {
        static string Store(int id, int records) =>
            $"<div id=\"{id}\"><script type=\"text/xml\"><datastore><recordset>" +
            string.Concat(Enumerable.Range(1, records).Select(n => $"<record><![CDATA[<a href=\"/art/{id}_{n}.html\">x</a>]]></record>")) +
            "</recordset></datastore></script></div>";
        var page = Page($$"""
            <html><body>{{Store(11, 2)}}{{Store(22, 3)}}
            <script>var param_11 = {col:1, columnid:11, unitid:'11'}; var param_22 = {col:1, columnid:22, unitid:'22'};</script>
            <script>$('#11').jpage({ perPage: 2, groupSize: 1, totalRecord: 4, proxyUrl: '/module/web/jpage/dataproxy.jsp' });
            $('#22').jpage({ perPage: 3, groupSize: 1, totalRecord: 5, proxyUrl: '/module/web/jpage/dataproxy.jsp' });</script>
            </body></html>
            """, "http://a.gov.cn/col/col11/index.html");

        var groups = new HanwebGroupPaging().Find(page).Select(g => (g.Url.Query, g.Form));

        Assert.That(groups, Is.EqualTo(new[]
        {
            ("?startrecord=3&endrecord=4&perpage=2", "col=1&columnid=11&unitid=11"),
            ("?startrecord=4&endrecord=6&perpage=3", "col=1&columnid=22&unitid=22"),
        }));
    }
}
