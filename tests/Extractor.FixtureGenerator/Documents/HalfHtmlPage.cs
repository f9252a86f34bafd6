using System.Net;
using System.Text;
using Extractor.FixtureGenerator.Layout;
using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.Documents;

/// <summary>
/// A report page whose download stopped part-way: the HTML holds the title, preamble, section 1 and the start of
/// table 2, and ends in the middle of a tag.
/// </summary>
public static class HalfHtmlPage
{
    public static string Html(ReportModel model, string preamble, IEnumerable<string> overview, int tableRowsKept)
    {
        var sb = new StringBuilder();
        var title = WebUtility.HtmlEncode($"{model.Agency}{model.Year}年政府信息公开工作年度报告");
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<title>").Append(title).Append("</title>\n")
          .Append("<link rel=\"stylesheet\" href=\"/css/article.css\">\n</head>\n<body>\n")
          .Append("<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; <a href=\"/zwgk/nb/\">政府信息公开年报</a></div>\n")
          .Append("<div class=\"article\">\n<h1>").Append(title).Append("</h1>\n")
          .Append("<p>").Append(WebUtility.HtmlEncode(preamble)).Append("</p>\n")
          .Append("<p><strong>一、总体情况</strong></p>\n");
        foreach (var paragraph in overview)
        {
            sb.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }

        sb.Append("<p><strong>二、主动公开政府信息情况</strong></p>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\">\n<tbody>\n");
        var table = ActiveTableBuilder.Build(model, new TableStyle());
        foreach (var row in table.Rows.Take(tableRowsKept))
        {
            sb.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                var span = cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan}\"" : string.Empty;
                sb.Append("<td").Append(span).Append(" style=\"text-align:center\">").Append(WebUtility.HtmlEncode(cell.Text)).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        // The transfer broke off inside the next cell's opening tag.
        sb.Append("<tr><td style=\"text-al");
        return sb.ToString();
    }
}
