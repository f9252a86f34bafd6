using System.Net;
using System.Text;
using Extractor.Core.Schema;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Crawl.Site;

/// <summary>
/// A portal's report article as CMSs print it: breadcrumbs, title, publication line, then the report with the three
/// template tables laid out like the national template's HTML (row and column spans), values from an expectation.
/// </summary>
public static class ReportPage
{
    private static readonly Dictionary<string, string> ArticleItem = new()
    {
        ["rules"] = "一",
        ["normative_documents"] = "一",
        ["licensing"] = "五",
        ["other_services"] = "五",
        ["penalty"] = "六",
        ["coercion"] = "六",
        ["fees"] = "八",
        ["procurement"] = "九",
    };

    private static readonly Dictionary<string, string> GroupLabel = new()
    {
        ["denied"] = "（三）不予公开",
        ["unable"] = "（四）无法提供",
        ["rejected"] = "（五）不予处理",
        ["other_processing"] = "（六）其他处理",
    };

    /// <param name="metaCharset">The &lt;meta charset&gt; to declare, or null for a page whose charset is only in the HTTP header.</param>
    /// <param name="afterReport">HTML after the report body: attachment links.</param>
    public static string Html(Expectation truth, string published, string? metaCharset, string afterReport = "")
    {
        ArgumentNullException.ThrowIfNull(truth);
        var era = truth.Era == "2019" ? Era.Template2019 : Era.Template2021;
        var schema = TemplateSchema.For(era);
        var title = $"{truth.Agency}{truth.Year}年政府信息公开工作年度报告";
        var notice = era == Era.Template2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html>\n<head>\n");
        if (metaCharset is not null)
        {
            html.Append($"<meta charset=\"{metaCharset}\">\n");
        }

        html.Append($"<title>{title}</title>\n</head>\n<body>\n");
        html.Append("<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/xxgk/index.html\">政府信息公开</a> | <a href=\"/login.html\">登录</a></div>\n");
        html.Append("<div class=\"crumbs\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/xxgk/index.html\">政府信息公开</a> &gt; <a href=\"/xxgk/ndbg/index.html\">政府信息公开年报</a></div>\n");
        html.Append($"<div class=\"article\">\n<h1>{title}</h1>\n<div class=\"info\">发布时间：{published} 来源：{truth.Agency}</div>\n<div id=\"zoom\">\n");
        html.Append($"<p>本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（{notice}）要求编制。本报告中所列数据的统计期限自{truth.Year}年1月1日至{truth.Year}年12月31日。</p>\n");
        html.Append("<p>一、总体情况</p>\n<p>本年度，").Append(truth.Agency).Append("认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，持续做好政府信息公开工作。</p>\n");
        html.Append("<p>二、主动公开政府信息情况</p>\n");
        Active(html, schema, truth);
        html.Append("<p>三、收到和处理政府信息公开申请情况</p>\n");
        Applications(html, schema, truth);
        html.Append("<p>四、政府信息公开行政复议、行政诉讼情况</p>\n");
        Review(html, truth);
        html.Append("<p>五、存在的主要问题及改进情况</p>\n<p>政府信息公开工作与公众期待仍有差距，下一步将加强培训，提升公开质量。</p>\n");
        html.Append("<p>六、其他需要报告的事项</p>\n<p>本年度未收取信息处理费。</p>\n");
        html.Append("</div>\n").Append(afterReport).Append("</div>\n<div class=\"foot\">版权所有 主办单位：").Append(truth.Agency).Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Active(StringBuilder html, TemplateSchema schema, Expectation truth)
    {
        var table = schema.Table("active");
        var width = 1 + table.Rows.Max(r => r.Columns.Count);
        html.Append("<table border=\"1\">\n");
        string? article = null;
        foreach (var row in table.Rows)
        {
            if (ArticleItem[row.Key] != article)
            {
                article = ArticleItem[row.Key];
                html.Append($"<tr><td colspan=\"{width}\">第二十条第（{article}）项</td></tr>\n");
                html.Append("<tr><td>信息内容</td>");
                for (var i = 0; i < row.Columns.Count; i++)
                {
                    html.Append(Cell(row.Columns[i].Label, i == row.Columns.Count - 1 ? width - row.Columns.Count : 1));
                }

                html.Append("</tr>\n");
            }

            html.Append("<tr>").Append(Cell(row.Label));
            for (var i = 0; i < row.Columns.Count; i++)
            {
                html.Append(Cell(Printed(truth, "active", row.Key, row.Columns[i].Key), i == row.Columns.Count - 1 ? width - row.Columns.Count : 1));
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Applications(StringBuilder html, TemplateSchema schema, Expectation truth)
    {
        var table = schema.Table("applications");
        html.Append("<table border=\"1\">\n");
        html.Append("<tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=\"7\">申请人情况</td></tr>\n");
        html.Append("<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>\n");
        html.Append("<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>\n");
        var results = table.Rows.Where(r => r.Group is not null).ToList();
        string? openGroup = null;
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            if (row.Group is null)
            {
                html.Append(Cell(row.Label, 3));
            }
            else
            {
                if (row == results[0])
                {
                    html.Append($"<td rowspan=\"{results.Count}\">三、本年度办理结果</td>");
                }

                if (row.Group == "results")
                {
                    html.Append(Cell(row.Label, 2));
                }
                else
                {
                    if (row.Group != openGroup)
                    {
                        html.Append($"<td rowspan=\"{results.Count(r => r.Group == row.Group)}\">{GroupLabel[row.Group]}</td>");
                    }

                    html.Append(Cell(row.Label));
                }
            }

            openGroup = row.Group;
            foreach (var column in row.Columns)
            {
                html.Append(Cell(Printed(truth, "applications", row.Key, column.Key)));
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Review(StringBuilder html, Expectation truth)
    {
        string[] labels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        string[] columns = ["upheld", "corrected", "other", "pending", "total"];
        html.Append("<table border=\"1\">\n<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\n<tr>");
        foreach (var label in labels)
        {
            html.Append($"<td rowspan=\"2\">{label}</td>");
        }

        html.Append("<td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr>\n<tr>");
        for (var i = 0; i < 2; i++)
        {
            foreach (var label in labels)
            {
                html.Append(Cell(label));
            }
        }

        html.Append("</tr>\n<tr>");
        foreach (var row in new[] { "review", "litigation_direct", "litigation_after_review" })
        {
            foreach (var column in columns)
            {
                html.Append(Cell(Printed(truth, "review_litigation", row, column)));
            }
        }

        html.Append("</tr>\n</table>\n");
    }

    private static string Printed(Expectation truth, string table, string row, string column)
    {
        var cell = truth.Cells[$"{table}.{row}.{column}"];
        return cell.Raw ?? (cell.Kind == "number" ? cell.Value! : string.Empty);
    }

    private static string Cell(string text, int span = 1) =>
        span > 1 ? $"<td colspan=\"{span}\">{WebUtility.HtmlEncode(text)}</td>" : $"<td>{WebUtility.HtmlEncode(text)}</td>";
}
