using Extractor.FixtureGenerator.Composition;
using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Documents;

/// <summary>
/// A page of the portal's 政府信息公开年报 column: links to the reports of the government and its departments, each
/// with its date, and pagination. Every line looks like a report title; none of it is a report.
/// </summary>
public static class ListingPage
{
    private static readonly string[] Departments = ["人民政府办公室", "发展和改革局", "教育局", "财政局", "自然资源和规划局", "生态环境分局", "卫生健康局", "应急管理局"];

    public static string Html(string agency, int year, SeededRandom rng)
    {
        var portal = PortalChrome.Portal(agency);
        var county = portal[..^"人民政府".Length];
        var lines = new List<string>();
        lines.AddRange(PortalChrome.Head("政府信息公开年报", agency, CharsetDeclaration.MetaUtf8, false));
        lines.Add("<body>");
        lines.AddRange(PortalChrome.Header(agency, false));
        lines.Add(PortalChrome.Breadcrumb());
        lines.Add("<div class=\"main\">");
        lines.Add("<div class=\"column-title\">政府信息公开年报</div>");
        lines.Add("<ul class=\"list\">");
        foreach (var y in new[] { year, year - 1 })
        {
            foreach (var department in Departments)
            {
                var date = $"{y + 1}-01-{rng.Between(10, 31)}";
                lines.Add($"<li><a href=\"/zwgk/nb/{y + 1}01/t{y + 1}01{rng.Between(10, 31)}_{rng.Between(100000, 999999)}.html\" target=\"_blank\">{PortalChrome.Encode(county + department)}{y}年政府信息公开工作年度报告</a><span class=\"date\">{date}</span></li>");
            }
        }

        lines.Add("</ul>");
        lines.Add("<div class=\"page\">共48条 每页16条 <a href=\"index.html\">首页</a> <a href=\"#\">上一页</a> <b>1</b> <a href=\"index_1.html\">2</a> <a href=\"index_2.html\">3</a> <a href=\"index_1.html\">下一页</a> <a href=\"index_2.html\">尾页</a> 转到第<input type=\"text\" size=\"2\">页</div>");
        lines.Add("</div>");
        lines.AddRange(PortalChrome.Footer(agency, rng.Between(100_000, 9_000_000)));
        lines.Add("</body>");
        lines.Add("</html>");
        return string.Join('\n', lines) + "\n";
    }
}
