using System.Globalization;
using System.Text.Json;

namespace Extractor.Tests.Crawl.Families;

/// <summary>
/// A Guangdong gkmlpt platform: /gkmlpt/annualreport is a script shell with only window._CONFIG (SID and the
/// catalogue TREE); the 年报 node's list is JSON from /gkmlpt/api/all/{id}?page=N&amp;sid=SID, five articles a page,
/// whose absolute URLs lead to /gkmlpt/content/…/post_N.html report pages.
/// </summary>
public sealed class GkmlptSite : FamilySite
{
    public const int ReportNode = 2629;
    public const string Sid = "755001";
    private const int PageSize = 5;

    private readonly List<(int Id, string Title)> articles = [];
    private int added;

    public GkmlptSite()
    {
        for (var n = 1; n <= 7; n++)
        {
            articles.Add((4100000 + n, $"深圳市某区第{n}局2023年政府信息公开工作年度报告"));
        }
    }

    public override string SeedPath => "/gkmlpt/annualreport";

    public override IReadOnlyList<string> Documents => [.. articles.Select(a => Post(a.Id))];

    public override IReadOnlyList<string> NewDocuments => added == 0 ? [] : [Post(articles[0].Id)];

    public static string Post(int id) => string.Create(CultureInfo.InvariantCulture, $"/gkmlpt/content/4/{id / 1000}/post_{id}.html");

    public override void AddNewReport()
    {
        added++;
        articles.Insert(0, (4200000 + added, $"深圳市某区新{added}局2024年政府信息公开工作年度报告"));
    }

    public override FamilyAnswer? Answer(FamilyRequest request)
    {
        var path = request.Path;
        if (path is "/gkmlpt/annualreport" or "/gkmlpt/index")
        {
            return FamilyAnswer.Html(Shell());
        }

        if (path == $"/gkmlpt/api/all/{ReportNode}" && request.Param("sid") == Sid && int.TryParse(request.Param("page"), out var page) && page >= 1)
        {
            var items = articles.Skip((page - 1) * PageSize).Take(PageSize).Select(a => new Dictionary<string, object>
            {
                ["id"] = a.Id,
                ["title"] = a.Title,
                ["url"] = $"http://{request.Host}{Post(a.Id)}",
                ["create_time"] = 1704844800,
                ["thumbnail"] = "/gkmlpt/static/img/default.png",
                ["identifier"] = "11440300007542968K/2024-00012",
            });
            return FamilyAnswer.Json(JsonSerializer.Serialize(new Dictionary<string, object> { ["articles"] = items, ["total"] = articles.Count, ["page"] = page }));
        }

        var article = articles.FindIndex(a => Post(a.Id) == path);
        if (article < 0)
        {
            return null;
        }

        var title = articles[article].Title;
        var year = int.Parse(title[title.IndexOf("20", StringComparison.Ordinal)..][..4], CultureInfo.InvariantCulture);
        return FamilyAnswer.Html(FamilyReports.Html(title[..title.IndexOf("20", StringComparison.Ordinal)], year));
    }

    private static string Shell() => $$"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开</title>
        <script>window._CONFIG = {"SID": "{{Sid}}", "SITE_NAME": "某区人民政府", "TREE": [{"id": 2620, "name": "政府信息公开指南", "children": []},
        {"id": 2621, "name": "政府信息公开目录", "children": [{"id": {{ReportNode}}, "name": "政府信息公开年报", "children": []}, {"id": 2630, "name": "财政预决算", "children": []}]}]};</script>
        <script src="/gkmlpt/static/js/app.js"></script></head>
        <body><div id="app"></div></body></html>
        """;
}
