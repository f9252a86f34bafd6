using System.Globalization;
using System.Text;

namespace Extractor.Tests.Crawl.Families;

/// <summary>
/// Anhui's 政务公开 platform: the column page shows page 1; later pages come only from the label API
/// /site/label/8888?IsAjax=1&amp;…&amp;pageIndex=N (an HTML fragment), named by a jQuery pager's pageCount and a
/// $.get whose URL is concatenated around the page number.
/// </summary>
public sealed class AnhuiSite : FamilySite
{
    private const int PageSize = 4;
    private readonly List<ListedReport> items = [];
    private int added;

    public AnhuiSite()
    {
        for (var n = 1; n <= 9; n++)
        {
            items.Add(new ListedReport(string.Create(CultureInfo.InvariantCulture, $"/public/6596/{4070100 + n}.html"), $"合肥市第{n}局2023年度政府信息公开工作年度报告"));
        }
    }

    public override string SeedPath => "/public/column/6596?type=4&catId=6716&action=list";

    public override IReadOnlyList<string> Documents => [.. items.Select(i => i.Path)];

    public override IReadOnlyList<string> NewDocuments => added == 0 ? [] : [items[0].Path];

    public override void AddNewReport()
    {
        added++;
        items.Insert(0, new ListedReport(string.Create(CultureInfo.InvariantCulture, $"/public/6596/{4080000 + added}.html"), $"合肥市新{added}局2024年度政府信息公开工作年度报告"));
    }

    public override FamilyAnswer? Answer(FamilyRequest request)
    {
        switch (request.Path)
        {
            case "/public/column/6596" when request.Param("catId") == "6716":
                return FamilyAnswer.Html(ColumnPage());
            case "/site/label/8888" when request.Param("IsAjax") == "1" && request.Param("labelName") == "publicInfoList" && request.Param("organId") == "6596":
                return int.TryParse(request.Param("pageIndex"), out var page) && page >= 1 ? FamilyAnswer.Html(Fragment(page)) : null;
        }

        var item = items.Find(i => i.Path == request.Path);
        if (item is null)
        {
            return null;
        }

        var at = item.Title.IndexOf("20", StringComparison.Ordinal);
        return FamilyAnswer.Html(FamilyReports.Html(item.Title[..at], int.Parse(item.Title[at..][..4], CultureInfo.InvariantCulture)));
    }

    private int PageCount => (items.Count + PageSize - 1) / PageSize;

    private string ColumnPage() => $$"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报_合肥市人民政府</title>
        <script src="/assets/js/jquery.min.js"></script><script src="/assets/js/jquery.pagination.js"></script></head><body>
        <div class="xxgk_navl"><a href="/public/column/6596?type=4&action=list&catId=6715">政府信息公开指南</a></div>
        <div id="xxgk_lmcon">{{Fragment(1)}}</div>
        <div id="page_public_info"></div>
        <script>
        $("#page_public_info").pagination({
            pageCount: {{PageCount}},
            current: 1,
            jump: true,
            callback: function (api) {
                var p = api.getCurrent();
                $.get('/site/label/8888?IsAjax=1&dataType=html&_=0.' + Math.random() + '&labelName=publicInfoList&siteId=2653861&pageSize={{PageSize}}&pageIndex=' + p + '&action=list&isDate=true&dateFormat=yyyy-MM-dd&length=50&organId=6596&type=4&catId=6716&cId=&result=暂无相关信息&file=%2Fc1%2Fxxgk%2FpublicInfoList_newest', function (d) {
                    $('#xxgk_lmcon').html(d);
                });
            }
        });
        </script>
        </body></html>
        """;

    private string Fragment(int page)
    {
        var html = new StringBuilder("<ul class=\"clearfix xxgk_nav_list\">\n");
        foreach (var item in items.Skip((page - 1) * PageSize).Take(PageSize))
        {
            html.Append("<li class=\"clearfix\"><a href=\"").Append(item.Path).Append("\" class=\"title\" title=\"").Append(item.Title).Append("\">").Append(item.Title)
                .Append("</a><span class=\"date\">2024-01-10</span></li>\n");
        }

        return html.Append("</ul>\n").ToString();
    }
}
