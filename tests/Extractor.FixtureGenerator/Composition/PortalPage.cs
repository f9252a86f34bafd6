using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>Who typed the article into the CMS, which decides how its paragraphs and headings are marked up.</summary>
public enum ArticleEditor
{
    /// <summary>The CMS's rich-text editor: &lt;p style="text-indent:2em"&gt;, headings in &lt;strong&gt;.</summary>
    Plain,

    /// <summary>Pasted from Word: a WordSection1 div, &lt;p class=MsoNormal&gt; with mso styles and &lt;o:p&gt;, conditional comments.</summary>
    Word,

    /// <summary>A newer CMS: headings as &lt;h3&gt;, paragraphs keeping the typed full-width indent.</summary>
    Headings,
}

/// <summary>Where the article title stands (always outside the article body, as portals print it).</summary>
public enum ArticleTitle
{
    H1,

    /// <summary>&lt;div class="title"&gt;.</summary>
    DivTitle,

    /// <summary>&lt;h1&gt; with the agency and the year title on two lines (&lt;br&gt;).</summary>
    H1TwoLines,
}

/// <summary>
/// The report as a county portal serves it: a full page with head, site header and navigation, breadcrumb, a side
/// column listing the agency's other years' reports, the title and publication line outside the article body,
/// font-size and print/close controls, the article body, a footer, and hidden elements holding decoy text.
/// </summary>
public sealed record PortalPage : IPageMarkup
{
    public ArticleEditor Editor { get; init; } = ArticleEditor.Plain;

    public CharsetDeclaration Charset { get; init; } = CharsetDeclaration.MetaUtf8;

    public ArticleTitle Title { get; init; } = ArticleTitle.H1;

    /// <summary>The side column before the article in the page's source (a left column) rather than after it.</summary>
    public bool SidebarFirst { get; init; }

    /// <summary>The whole page laid out with nested &lt;table&gt;s (header row, then side column | article cells).</summary>
    public bool LayoutTables { get; init; }

    /// <summary>The site navigation in a &lt;nav&gt; element rather than a &lt;div&gt;.</summary>
    public bool NavElement { get; init; }

    /// <summary>A print version of the whole article after it, hidden with display:none.</summary>
    public bool HiddenPrintCopy { get; init; }

    /// <summary>Only the article (title, publication line, body) without the page around it: a second report on a page.</summary>
    public bool ArticleOnly { get; init; }

    /// <summary>Lines printed right after the article, inside the page: another report's article.</summary>
    public IReadOnlyList<string> FollowingArticle { get; init; } = [];

    private bool Word => Editor == ArticleEditor.Word;

    public IEnumerable<string> Open(PageContext page)
    {
        var (model, rng) = (page.Model, page.Rng);
        var lines = new List<string>();
        if (!ArticleOnly)
        {
            lines.AddRange(PortalChrome.Head(page.Title, model.Agency, Charset, Word));
            lines.Add("<body>");
            if (LayoutTables)
            {
                lines.Add("<table width=\"1000\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>");
            }

            lines.AddRange(PortalChrome.Header(model.Agency, NavElement));
            lines.Add(PortalChrome.Breadcrumb());
            if (LayoutTables)
            {
                lines.Add("</td></tr><tr><td><table width=\"100%\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\"><tr><td width=\"240\" valign=\"top\">");
                lines.AddRange(PortalChrome.Sidebar(model.Agency, model.Year));
                lines.Add("</td><td valign=\"top\">");
            }
            else
            {
                lines.Add("<div class=\"main\">");
                if (SidebarFirst)
                {
                    lines.AddRange(PortalChrome.Sidebar(model.Agency, model.Year));
                }
            }
        }

        lines.Add("<div class=\"article\">");
        var title = PortalChrome.Encode(page.Title);
        lines.Add(Title switch
        {
            ArticleTitle.H1 => $"<h1 class=\"title\">{title}</h1>",
            ArticleTitle.DivTitle => $"<div class=\"title\">{title}</div>",
            _ => $"<h1>{PortalChrome.Encode(model.Agency)}<br>{PortalChrome.Encode(page.YearTitle)}</h1>",
        });
        var published = $"{model.Year + 1}-01-{rng.Between(10, 28)}";
        lines.Add($"<div class=\"info\"><span>发布时间：{published} {rng.Between(8, 17)}:{rng.Between(10, 59)}</span> <span>来源：{PortalChrome.Encode(model.Agency)}</span> <span>访问量：<span id=\"hits\">{rng.Between(60, 4000)}</span></span></div>");
        lines.Add("<div class=\"tools\">字号：<a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a> <a href=\"javascript:window.print()\">【打印本页】</a> <a href=\"javascript:window.close()\">【关闭窗口】</a></div>");
        lines.Add("<div class=\"article-body\" id=\"zoom\">");
        if (Word)
        {
            lines.Add("<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->");
            lines.Add("<div class=WordSection1 style='layout-grid:15.6pt'>");
        }

        // A CMS keeps an earlier draft's title and a figure in a hidden block: neither is the report's.
        lines.Add($"<div style=\"display: none\">{PortalChrome.Encode(model.Agency)}{model.Year - 1}年政府信息公开工作年度报告 全年收到政府信息公开申请{rng.Between(30, 90)}件。</div>");
        return lines;
    }

    public string Heading(string text) => Editor switch
    {
        ArticleEditor.Word => $"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><b><span style='font-size:16.0pt;font-family:黑体'>{PortalChrome.Encode(text)}<span lang=EN-US><o:p></o:p></span></span></b></p>",
        ArticleEditor.Headings => $"<h3>{PortalChrome.Encode(text)}</h3>",
        _ => $"<p style=\"text-indent:2em;\"><strong>{PortalChrome.Encode(text)}</strong></p>",
    };

    public string Paragraph(string text, PageContext page) => Editor switch
    {
        ArticleEditor.Word => $"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{PortalChrome.Encode(text)}<span lang=EN-US><o:p></o:p></span></span></p>",
        ArticleEditor.Headings => $"<p>{PortalChrome.Encode(page.Style.Indent + text)}</p>",
        _ => $"<p style=\"text-indent:2em;\">{PortalChrome.Encode(text)}</p>",
    };

    public string Line(string text) => $"<p>{PortalChrome.Encode(text)}</p>";

    public IEnumerable<string> Close(PageContext page, IReadOnlyList<TextLine> article)
    {
        var (model, rng) = (page.Model, page.Rng);
        var lines = new List<string>();
        if (Word)
        {
            lines.Add("</div>");
        }

        lines.Add("</div>");
        lines.Add("<div class=\"tools\"><a href=\"javascript:window.print()\">【打印本页】</a> <a href=\"javascript:window.close()\">【关闭窗口】</a></div>");
        lines.Add("</div>");
        if (ArticleOnly)
        {
            return lines;
        }

        lines.AddRange(FollowingArticle);
        if (HiddenPrintCopy)
        {
            lines.Add("<div id=\"printArea\" style=\"display:none\">");
            lines.Add($"<h1>{PortalChrome.Encode(page.Title)}</h1>");
            lines.AddRange(article.Select(l => l.Text));
            lines.Add("</div>");
        }

        if (LayoutTables)
        {
            lines.Add("</td></tr></table></td></tr><tr><td>");
        }
        else
        {
            if (!SidebarFirst)
            {
                lines.AddRange(PortalChrome.Sidebar(model.Agency, model.Year));
            }

            lines.Add("</div>");
        }

        lines.AddRange(PortalChrome.Footer(model.Agency, rng.Between(100_000, 9_000_000)));
        if (LayoutTables)
        {
            lines.Add("</td></tr></table>");
        }

        lines.Add("</body>");
        lines.Add("</html>");
        return lines;
    }
}
