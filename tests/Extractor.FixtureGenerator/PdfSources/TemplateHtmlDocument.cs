using System.Net;
using System.Text;
using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Composition;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.PdfSources;

/// <summary>
/// A whole report as one HTML page for printing: centred title, preamble, the six sections with the generator's
/// prose and the template tables. Styles are kept to what both LibreOffice's HTML import and Chromium honour.
/// </summary>
public static class TemplateHtmlDocument
{
    private static readonly string[] Filler =
    [
        "坚持把政务公开作为建设法治政府、服务型政府的重要抓手，健全完善主要负责同志亲自抓、分管负责同志具体抓、办公室统筹协调、各科室分工负责的工作机制，定期研究部署政务公开重点任务，推动各项工作落地见效。",
        "围绕群众关切，持续深化决策、执行、管理、服务、结果公开，重大行政决策事项严格履行公众参与程序，通过座谈会、书面征求意见、网上征集等方式广泛听取社会各方面意见，并及时反馈意见采纳情况。",
        "严格执行公文公开属性源头认定制度，在公文拟制环节同步明确公开属性，对不予公开的文件说明理由并报审核，做到应公开尽公开，同时加强保密审查，防止泄露国家秘密、工作秘密和个人隐私。",
        "加强政策解读工作，坚持解读材料与政策文件同步组织、同步审签、同步部署，综合运用图片图表、音频视频、新闻发布会等多种形式，提升政策解读的针对性、可读性和传播力，切实增强群众获得感。",
        "持续加强政府网站和政务新媒体管理，落实内容发布审核和安全保障制度，开展常态化自查，及时整改错别字、空白栏目、链接失效等问题，确保平台运行安全平稳、信息发布准确权威。",
        "强化政务公开业务培训，将《中华人民共和国政府信息公开条例》纳入干部学习内容，通过集中授课、以会代训、案例研讨等形式，不断提高工作人员依法公开的意识和能力，夯实政务公开工作基础。",
        "畅通依申请公开渠道，规范受理、登记、审核、答复、归档等各环节工作流程，加强与法律顾问的沟通会商，确保答复内容合法、程序规范、说理充分，切实保障申请人合法权益。",
    ];

    public static string Write(ReportModel model, PdfSourceLayout layout, SeededRandom rng, out IReadOnlyList<string> warnings)
    {
        var prose = new ProseWriter(model, new DocumentStyle(), rng);
        var html = new StringBuilder();
        var title = $"{model.Year}年政府信息公开工作年度报告";
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(Encode(model.Agency + title)).Append("</title>\n")
            .Append("<style>\n")
            .Append("body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 12pt; line-height: 1.5; }\n")
            .Append("h1 { text-align: center; font-size: 18pt; font-weight: bold; margin: 0.3em 0; }\n")
            .Append("p.body { text-indent: 2em; text-align: justify; margin: 0.2em 0; }\n")
            .Append("p.heading { font-weight: bold; margin: 0.6em 0 0.2em 0; }\n")
            .Append("table { border-collapse: collapse; font-size: 10.5pt; margin: 0.4em 0; }\n")
            .Append("td { border: 1px solid #000; padding: 2pt 3pt; }\n")
            .Append("table.unruled { font-size: 8pt; }\n")
            .Append("table.unruled td { border: none; white-space: nowrap; }\n")
            .Append(layout.Portal ? PortalCss : string.Empty)
            .Append(layout.SeparateBorders ? "table { border-collapse: separate; border-spacing: 2px; }\n" : string.Empty)
            .Append("</style>\n</head>\n<body>\n");
        if (layout.Portal)
        {
            PortalTop(html, model);
        }

        if (layout.TitleOnOneLine)
        {
            html.Append("<h1>").Append(Encode(model.Agency + title)).Append("</h1>\n");
        }
        else
        {
            html.Append("<h1>").Append(Encode(model.Agency)).Append("</h1>\n<h1>").Append(Encode(title)).Append("</h1>\n");
        }

        if (Preamble.Text(PreambleKind.OwnNotice, model.Schema.Era, model.Year, model.Agency) is { } preamble)
        {
            Paragraph(html, preamble);
        }

        for (var section = 1; section <= 6; section++)
        {
            html.Append("<p class=\"heading\">").Append(Encode(Templates.Sections[section - 1].Heading)).Append("</p>\n");
            switch (section)
            {
                case 1:
                    foreach (var p in prose.Overview())
                    {
                        Paragraph(html, p);
                    }

                    for (var i = 0; i < layout.ExtraOverviewParagraphs; i++)
                    {
                        Paragraph(html, Filler[i % Filler.Length]);
                    }

                    for (var i = 0; i < layout.ShortParagraphs; i++)
                    {
                        Paragraph(html, "本年度继续加强政务公开标准化规范化建设。");
                    }

                    break;
                case 2:
                    html.Append(TemplateHtmlTables.Active(model, layout));
                    break;
                case 3:
                    html.Append(TemplateHtmlTables.Applications(model, layout));
                    break;
                case 4:
                    html.Append(TemplateHtmlTables.ReviewLitigation(model, layout));
                    break;
                case 5:
                    foreach (var p in prose.ProblemsAndImprovements())
                    {
                        Paragraph(html, p);
                    }

                    break;
                default:
                    foreach (var p in prose.OtherMatters())
                    {
                        Paragraph(html, p);
                    }

                    break;
            }
        }

        if (layout.Portal)
        {
            html.Append("</div>\n<div class=\"foot\">主办单位：").Append(Encode(model.Agency))
                .Append(" 网站标识码 3205000001 备案号 05000000号</div>\n");
        }

        html.Append("</body>\n</html>\n");
        warnings = prose.Warnings;
        return html.ToString();
    }

    private const string PortalCss =
        ".side { float: left; width: 22%; font-size: 10pt; }\n.main { margin-left: 25%; }\n.crumb, .meta, .foot { font-size: 9pt; }\n";

    /// <summary>
    /// The portal page above and beside the report: its side column lists the agency's earlier reports the way
    /// portals do, newest first, names cut with "…" to fit, each a title of its own with another year.
    /// </summary>
    private static void PortalTop(StringBuilder html, ReportModel model)
    {
        var cut = Encode(model.Agency[..Math.Max(2, model.Agency.Length - 2)]) + "…";
        html.Append("<div class=\"top\">政府信息公开 | 无障碍 | 长者模式</div>\n")
            .Append("<div class=\"crumb\">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>\n")
            .Append("<div class=\"side\"><p><b>历年年报</b></p>\n<ul>\n");
        for (var year = model.Year - 1; year >= model.Year - 4; year--)
        {
            html.Append("<li>").Append(cut).Append(year).Append("年政府信息公开工作年度报告</li>\n");
        }

        html.Append("</ul>\n<p><b>相关链接</b></p>\n<ul>\n<li>中国政府网</li>\n<li>省人民政府</li>\n</ul>\n</div>\n")
            .Append("<div class=\"main\">\n<div class=\"meta\">发布时间：").Append(model.Year + 1)
            .Append("-01-18 10:20 来源：").Append(Encode(model.Agency)).Append(" 字号：[ 大 中 小 ] 打印</div>\n");
    }

    private static void Paragraph(StringBuilder html, string text) =>
        html.Append("<p class=\"body\">").Append(Encode(text)).Append("</p>\n");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
