using System.Globalization;
using System.Text;

namespace Extractor.Tests.Crawl.Families;

/// <summary>
/// A portal whose report pages show the report only in a frame: a pdf.js viewer in an iframe (file=), an &lt;embed&gt;,
/// an &lt;object data&gt;, a link to the viewer, and an iframe of a page that holds the report inline; the listing also
/// uses the title variant 2019年度政府信息公开工作报告. Every report page also has the site's header in a small iframe,
/// which is not a report.
/// </summary>
public sealed class FrameSite : FamilySite
{
    private readonly List<(string Page, string Title, string File, string Kind)> items =
    [
        ("/xxgk/nb/t20240110_1.html", "某县水利局2023年政府信息公开工作年度报告", "/uploads/2024/P020240110_1.pdf", "iframe"),
        ("/xxgk/nb/t20230110_2.html", "某县水利局2022年政府信息公开工作年度报告", "/uploads/2023/P020230110_2.pdf", "embed"),
        ("/xxgk/nb/t20220110_3.html", "某县水利局2021年政府信息公开年报", "/uploads/2022/P020220110_3.pdf", "object"),
        ("/xxgk/nb/t20200110_4.html", "2019年度政府信息公开工作报告", "/uploads/2020/P020200110_4.pdf", "link"),
        ("/xxgk/nb/t20210110_5.html", "某县水利局2020年政府信息公开工作年度报告", "/xxgk/nb/content/5.html", "html"),
    ];

    private int added;

    public override string SeedPath => "/xxgk/nb/index.html";

    public override IReadOnlyList<string> Documents => [.. items.Select(i => i.File)];

    public override IReadOnlyList<string> NewDocuments => added == 0 ? [] : [items[0].File];

    public override void AddNewReport()
    {
        added++;
        items.Insert(0, (string.Create(CultureInfo.InvariantCulture, $"/xxgk/nb/t20250110_n{added}.html"), "某县水利局2024年政府信息公开工作年度报告", string.Create(CultureInfo.InvariantCulture, $"/uploads/2025/P020250110_n{added}.pdf"), "iframe"));
    }

    public override FamilyAnswer? Answer(FamilyRequest request)
    {
        var path = request.Path;
        if (path == SeedPath)
        {
            var list = new StringBuilder();
            foreach (var item in items)
            {
                list.Append("<li><a href=\"").Append(item.Page).Append("\">").Append(item.Title).Append("</a></li>\n");
            }

            return FamilyAnswer.Html($"""<html><head><meta charset="utf-8"><title>年报</title></head><body><ul>{list}</ul></body></html>""");
        }

        if (path == "/header.html")
        {
            return FamilyAnswer.Html("<html><body><a href=\"/\">首页</a></body></html>");
        }

        foreach (var item in items)
        {
            if (path == item.File)
            {
                return item.Kind == "html" ? FamilyAnswer.Html(FamilyReports.Html("某县水利局", 2020)) : FamilyAnswer.Pdf($"framed report {item.File}");
            }

            if (path == item.Page)
            {
                var viewer = "/pdfjs/web/viewer.html?file=" + Uri.EscapeDataString(item.File);
                var shown = item.Kind switch
                {
                    "iframe" => $"""<iframe src="{viewer}" width="100%" height="800"></iframe>""",
                    "embed" => $"""<embed src="{item.File}" type="application/pdf" width="100%" height="800">""",
                    "object" => $"""<object data="{item.File}" type="application/pdf"><p>您的浏览器不支持PDF</p></object>""",
                    "html" => $"""<iframe src="{item.File}" width="100%" height="1200" frameborder="0"></iframe>""",
                    _ => $"""<p><a href="{viewer}" target="_blank">点击查看</a></p>""",
                };
                return FamilyAnswer.Html(FamilyReports.Article(item.Title, """<iframe src="/header.html" height="40"></iframe>""" + shown));
            }
        }

        return null;
    }
}
