using System.Net;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>How a page names its charset, if at all.</summary>
public enum CharsetDeclaration
{
    MetaUtf8,

    /// <summary>&lt;meta http-equiv="Content-Type" content="text/html; charset=gb2312"&gt;, as older county CMSs write.</summary>
    HttpEquivGb2312,

    MetaGbk,

    /// <summary>No charset anywhere in the page: only the server's Content-Type header said it.</summary>
    None,
}

/// <summary>
/// The parts of a county portal's page around an article or a column listing: head, site header with navigation,
/// breadcrumb, side column, footer. Shared by report pages and listing pages.
/// </summary>
public static class PortalChrome
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The portal's name: a government site, even where a department publishes the report.</summary>
    public static string Portal(string agency)
    {
        var level = agency.IndexOfAny(['县', '市', '区']);
        return (level > 0 ? agency[..(level + 1)] : agency[..2] + "县") + "人民政府";
    }

    public static IEnumerable<string> Head(string title, string agency, CharsetDeclaration charset, bool word)
    {
        yield return word
            ? "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
            : "<!DOCTYPE html>";
        yield return word ? "<html xmlns=\"http://www.w3.org/1999/xhtml\">" : "<html lang=\"zh-CN\">";
        yield return "<head>";
        var declaration = charset switch
        {
            CharsetDeclaration.MetaUtf8 => "<meta charset=\"utf-8\">",
            CharsetDeclaration.HttpEquivGb2312 => "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />",
            CharsetDeclaration.MetaGbk => "<meta charset=\"gbk\">",
            _ => null,
        };
        if (declaration is not null)
        {
            yield return declaration;
        }

        yield return "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">";
        yield return $"<title>{Encode(title)}_{Encode(Portal(agency))}</title>";
        yield return $"<meta name=\"keywords\" content=\"政府信息公开,年度报告,{Encode(agency)}\">";
        yield return "<link rel=\"stylesheet\" type=\"text/css\" href=\"/images/style.css\">";
        yield return "<style type=\"text/css\">.title{font-size:22px;text-align:center}.info{color:#666}.article-body p{line-height:2}</style>";
        yield return "<script type=\"text/javascript\" src=\"/js/jquery-1.8.3.min.js\"></script>";
        yield return "<script type=\"text/javascript\">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}var _title=\"一、总体情况\";</script>";
        yield return "</head>";
    }

    /// <summary>The site header: service links, the portal's name, the main navigation, and a hidden mobile menu.</summary>
    public static IEnumerable<string> Header(string agency, bool navElement)
    {
        yield return "<div class=\"top\"><a href=\"/login\">登录</a> | <a href=\"/reg\">注册</a> | <a href=\"#\">无障碍浏览</a> | <a href=\"#\">长者模式</a></div>";
        yield return $"<div class=\"header\"><div class=\"logo\">{Encode(Portal(agency))}</div>";
        var links = "<a href=\"/\">首页</a><a href=\"/zwgk/\">政务公开</a><a href=\"/zwfw/\">政务服务</a><a href=\"/hdjl/\">互动交流</a><a href=\"/zj/\">走进" + Encode(Portal(agency)[..2]) + "</a>";
        yield return navElement ? $"<nav class=\"menu\">{links}</nav></div>" : $"<div class=\"menu\">{links}</div></div>";
        yield return "<div class=\"m-menu\" style=\"display:none\"><a href=\"/zwgk/nb/\">政府信息公开工作年度报告</a><a href=\"/zwgk/zn/\">政府信息公开指南</a></div>";
    }

    public static string Breadcrumb() =>
        "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; <a href=\"/zwgk/nb/\">政府信息公开年报</a></div>";

    /// <summary>The side column of the 年报 channel: the same agency's reports of other years.</summary>
    public static IEnumerable<string> Sidebar(string agency, int year)
    {
        yield return "<div class=\"side\"><h3>年报专栏</h3><ul>";
        foreach (var y in new[] { year - 1, year - 2, year - 3 })
        {
            yield return $"<li><a href=\"/zwgk/nb/{y + 1}01/t{y + 1}0120_{y}.html\">{Encode(agency)}{y}年政府信息公开工作年度报告</a></li>";
        }

        yield return "<li><a href=\"/zwgk/zn/\">政府信息公开指南</a></li></ul></div>";
    }

    public static IEnumerable<string> Footer(string agency, int visits)
    {
        yield return "<div class=\"footer\">";
        yield return $"<p>版权所有：{Encode(Portal(agency))}办公室 主办：{Encode(agency)} 网站标识码：1306090001</p>";
        yield return $"<p>冀ICP备12004567号-1 冀公网安备 13060902000123号 总访问量：<span id=\"count\">{visits}</span></p>";
        yield return "</div>";
    }
}
