using System.Globalization;
using System.Net;
using System.Text;

namespace Extractor.Tests.Crawl.Families;

/// <summary>
/// A Hanweb (大汉) JCMS portal: two 年报 columns whose pages hold only their first group of records in a text/xml
/// datastore. Column A names its parameters (var param_NNN) so later groups come by POST to dataproxy.jsp; column B
/// has only its &lt;nextgroup&gt; URL, answered by GET. One report is a page whose report is a downfile.jsp PDF.
/// </summary>
public sealed class HanwebSite : FamilySite
{
    public const string ColumnA = "1229214366";
    public const string ColumnB = "1229214999";
    public const string Proxy = "/module/web/jpage/dataproxy.jsp";

    private readonly List<ListedReport> columnA = [];
    private readonly List<ListedReport> columnB = [];
    private readonly List<ListedReport> catalogue = [];
    private readonly Dictionary<string, string> pages = new(StringComparer.Ordinal);
    private readonly string fileArticle;
    private int added;

    /// <param name="disallowProxy">robots.txt forbids dataproxy.jsp (so no POST may be sent).</param>
    public HanwebSite(bool disallowProxy = false)
    {
        DisallowProxy = disallowProxy;
        for (var n = 1; n <= 20; n++)
        {
            columnA.Add(Report(ColumnA, n, $"某市第{n}局"));
        }

        for (var n = 1; n <= 8; n++)
        {
            columnB.Add(Report(ColumnB, n, $"某市第{n}区"));
        }

        for (var n = 1; n <= 5; n++)
        {
            catalogue.Add(Report("xxgk", n, $"某市第{n}中心"));
        }

        // The third record of column A shows its report only as an attachment behind downfile.jsp.
        var withFile = columnA[2];
        fileArticle = withFile.Path;
        pages[withFile.Path] = FamilyReports.Article(withFile.Title, $"""<p>附件：<a href="{DownFile}">{withFile.Title}.pdf</a></p>""");
    }

    public const string DownFile = "/module/download/downfile.jsp?classid=0&filename=2401101010123.pdf";

    public bool DisallowProxy { get; }

    public override string SeedPath => "/";

    public override string Robots => DisallowProxy ? "User-agent: *\nDisallow: /module/web/jpage/\n" : base.Robots;

    public override IReadOnlyList<string> Documents =>
        [.. columnA.Concat(columnB).Concat(catalogue).Select(r => r.Path).Where(p => p != fileArticle), DownFile];

    public override IReadOnlyList<string> NewDocuments => added == 0 ? [] : [columnA[0].Path, columnB[0].Path, catalogue[0].Path];

    public IReadOnlyList<ListedReport> ColumnAItems => columnA;

    public override void AddNewReport()
    {
        added++;
        var n = 100 + added;
        columnA.Insert(0, Report(ColumnA, n, $"某市新{n}局"));
        columnB.Insert(0, Report(ColumnB, n, $"某市新{n}区"));
        catalogue.Insert(0, Report("xxgk", n, $"某市新{n}中心"));
    }

    public override FamilyAnswer? Answer(FamilyRequest request)
    {
        switch (request.Path)
        {
            case "/":
            case "/index.html":
                return FamilyAnswer.Html("""
                    <html><head><meta charset="utf-8"><title>某市人民政府</title></head><body>
                    <a href="/col/col1229214366/index.html">政府信息公开年报</a>
                    <a href="/col/col1229214999/index.html">区县政府信息公开年报</a>
                    <a href="/col/col1229210000/index.html">通知公告</a>
                    <a href="/col/col1229106870/index.html">信息公开年报</a>
                    </body></html>
                    """);
            case "/col/col1229214366/index.html":
                return FamilyAnswer.Html(ColumnPage(ColumnA, columnA, perPage: 5, groupSize: 3, withParameters: true));
            case "/col/col1229214999/index.html":
                return FamilyAnswer.Html(ColumnPage(ColumnB, columnB, perPage: 3, groupSize: 2, withParameters: false));
            case Proxy:
                return Group(request);
            case "/col/col1229106870/index.html":
                return FamilyAnswer.Html(CataloguePage);
            case "/module/xxgk/search.jsp" when request.Method == "POST" && request.Form.GetValueOrDefault("infotypeId") == "A0109" && request.Form.GetValueOrDefault("area") == "002489533":
                return FamilyAnswer.Html(SearchAnswer(int.TryParse(request.Form.GetValueOrDefault("currpage"), out var page) ? page : 1));
            case "/module/download/downfile.jsp" when request.Param("filename") == "2401101010123.pdf":
                return FamilyAnswer.Pdf("2023 annual report on government information disclosure (Hanweb attachment)");
        }

        return ReportPage(request.Path);
    }

    /// <summary>The catalogue node's page: only a search form, posted by a script on load.</summary>
    private const string CataloguePage = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>
        <form id="searchform" name="searchform" action="/module/xxgk/search.jsp" method="post" target="_self">
        <input type="hidden" name="infotypeId" value="A0109"><input type="hidden" name="jdid" value="3">
        <input type="hidden" name="area" value="002489533"><input type="hidden" name="divid" value="div1229106870">
        <input type="hidden" name="sortfield" value="compaltedate:0"><input type="hidden" name="currpage" value="1">
        <input type="text" name="vc_title" value=""><input type="submit" value="搜索">
        </form>
        <div id="div1229106870"></div>
        <script>$(function () { $('#searchform').submit(); });</script>
        </body></html>
        """;

    private string SearchAnswer(int page)
    {
        const int size = 3;
        var rows = new StringBuilder();
        foreach (var item in catalogue.Skip((page - 1) * size).Take(size))
        {
            rows.Append("<tr><td><a href=\"").Append(item.Path).Append("\" title=\"").Append(item.Title).Append("\">").Append(item.Title).Append("</a></td><td>2024-01-10</td></tr>\n");
        }

        var pages = (catalogue.Count + size - 1) / size;
        return $"<table class=\"xxgk_table\">\n{rows}</table>\n<div class=\"page\">共{pages}页 当前第{page}页 <a href=\"javascript:search({page + 1})\">下一页</a></div>";
    }

    private static ListedReport Report(string column, int n, string agency) =>
        new($"/art/2024/1/10/art_{column}_{n}.html", $"{agency}2023年政府信息公开工作年度报告");

    private FamilyAnswer? Group(FamilyRequest request)
    {
        // dataproxy.jsp answers the column named in the form (POST) or the query (GET); without it, nothing.
        var items = request.Param("columnid") switch
        {
            ColumnA when request.Param("unitid") == "5733" => columnA,
            ColumnB => columnB,
            _ => null,
        };
        if (items is null || !int.TryParse(request.Query.GetValueOrDefault("startrecord"), out var start) || !int.TryParse(request.Query.GetValueOrDefault("endrecord"), out var end))
        {
            return FamilyAnswer.Xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><recordset></recordset></datastore>");
        }

        var records = items.Skip(start - 1).Take(Math.Max(end - start + 1, 0));
        return FamilyAnswer.Xml($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<datastore>\n<recordset>\n{Records(records)}</recordset>\n</datastore>\n");
    }

    private string ColumnPage(string column, List<ListedReport> items, int perPage, int groupSize, bool withParameters)
    {
        var first = items.Take(perPage * groupSize);
        var nextGroup = $"{Proxy}?page=1&amp;appid=1&amp;webid=1&amp;path=/&amp;columnid={column}&amp;unitid=5733&amp;webname=%E6%9F%90%E5%B8%82&amp;permissiontype=0";
        var parameters = withParameters
            ? $"<script>var param_5733 = {{col:1, appid:1, webid:1, path:'/', columnid:{column}, sourceContentType:1, unitid:'5733', webname:'某市人民政府', permissiontype:0}};</script>"
            : string.Empty;
        var ajax = withParameters ? "ajaxParam: param_5733," : string.Empty;
        var pagesFor = (items.Count + perPage - 1) / perPage;
        return $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title>
            <script src="/module/jslib/jquery/jquery.js"></script><script src="/module/web/jpage/jpage.js"></script></head><body>
            <div class="bt_link"><a href="/">首页</a> &gt; <a href="/col/col{{column}}/index.html">政府信息公开年报</a></div>
            <div id="5733">
            <script type="text/xml">
            <datastore>
            <nextgroup><![CDATA[<a href="{{nextGroup}}"></a>]]></nextgroup>
            <recordset>
            {{Records(first)}}</recordset>
            </datastore>
            </script>
            </div>
            {{parameters}}
            <script>$(document).ready(function(){ $('#5733').jpage({ dataStore: dataStore, perPage: {{perPage}}, groupSize: {{groupSize}}, totalRecord: {{items.Count.ToString(CultureInfo.InvariantCulture)}}, totalPage: {{pagesFor.ToString(CultureInfo.InvariantCulture)}}, proxyUrl: '{{Proxy}}', {{ajax}} barPosition: 'bottom' }); });</script>
            </body></html>
            """;
    }

    private static string Records(IEnumerable<ListedReport> items)
    {
        var text = new StringBuilder();
        foreach (var item in items)
        {
            text.Append("<record><![CDATA[\n<li><a href=\"").Append(item.Path).Append("\" title=\"").Append(WebUtility.HtmlEncode(item.Title)).Append("\" target=\"_blank\">")
                .Append(item.Title.Length > 16 ? item.Title[..16] + "…" : item.Title).Append("</a><span>2024-01-10</span></li>\n]]></record>\n");
        }

        return text.ToString();
    }

    /// <summary>Report pages are answered for every item ever listed.</summary>
    private FamilyAnswer? ReportPage(string path)
    {
        foreach (var item in columnA.Concat(columnB).Concat(catalogue))
        {
            if (item.Path == path)
            {
                return FamilyAnswer.Html(pages.TryGetValue(path, out var page) ? page : FamilyReports.Html(item.Title[..item.Title.IndexOf("2023", StringComparison.Ordinal)], 2023));
            }
        }

        return null;
    }
}
