using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extractor.Crawler.Discovery.Families;

/// <summary>
/// Hanweb's 信息公开 catalogue (xxgk) lists a catalogue node only in the answer to a POST to
/// <c>/module/xxgk/search.jsp</c> (an HTML table), named by a form of hidden fields or by a <c>$.ajax</c> whose
/// <c>data</c> object holds them; later pages are the same POST with <c>currpage=N</c>, up to the answer's 共N页.
/// </summary>
public sealed partial class HanwebCatalogueSearch : ILinkFinder
{
    private const string PageField = "currpage";

    public IEnumerable<PageLink> Find(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Shape != PageShape.Html || page.Html is not { } html)
        {
            return [];
        }

        return page.Form is { } form && page.Url.AbsolutePath.EndsWith("/search.jsp", StringComparison.OrdinalIgnoreCase)
            ? LaterPages(page, form)
            : FirstPages(page, html);
    }

    private static List<PageLink> FirstPages(DiscoveryPage page, IDocument html)
    {
        var links = new List<PageLink>();
        foreach (var form in html.QuerySelectorAll("form[action*='xxgk/search.jsp']"))
        {
            var fields = form.QuerySelectorAll("input[name]")
                .Where(i => i.GetAttribute("type") is null or "hidden" or "text")
                .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty));
            Add(links, page, form.GetAttribute("action")!, fields);
        }

        foreach (var script in page.Scripts)
        {
            foreach (Match call in AjaxCall().Matches(script))
            {
                var fields = Field().Matches(call.Groups["data"].Value)
                    .Select(f => new KeyValuePair<string, string>(f.Groups["key"].Value, f.Groups["single"].Success ? f.Groups["single"].Value : f.Groups["double"].Success ? f.Groups["double"].Value : Literal(f.Groups["bare"].Value)));
                Add(links, page, call.Groups["url"].Value, fields);
            }
        }

        return links;
    }

    /// <summary>A bare value is kept when it is a number or a boolean; a variable's value is not known here.</summary>
    private static string Literal(string bare)
    {
        var value = bare.Trim();
        return value is "true" or "false" || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value : string.Empty;
    }

    private static void Add(List<PageLink> links, DiscoveryPage page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        // The first page; a field that is a script expression (a variable) is not known here and is sent empty.
        var form = fields.Select(f => f.Key == PageField ? new KeyValuePair<string, string>(PageField, "1") : f).ToList();
        if (!form.Any(f => f.Key == PageField))
        {
            form.Add(new KeyValuePair<string, string>(PageField, "1"));
        }

        if (UrlCanonicalizer.Canonical(action, page.BaseUrl) is { } url)
        {
            links.Add(new PageLink(url, LinkRole.Column, string.Empty, Form: FormRequest.Encode(form), SameListing: true));
        }
    }

    private static List<PageLink> LaterPages(DiscoveryPage page, string form)
    {
        var fields = form.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty)).ToList();
        var current = fields.FirstOrDefault(f => f.Key == PageField).Value;
        if (current != "1" || PageCount().Match(page.Html!.Body?.TextContent ?? string.Empty) is not { Success: true } count)
        {
            return [];
        }

        var links = new List<PageLink>();
        var pages = Math.Min(int.Parse(count.Groups["n"].Value, CultureInfo.InvariantCulture), page.MaxGeneratedPages);
        for (var n = 2; n <= pages; n++)
        {
            var next = fields.Select(f => f.Key == PageField ? new KeyValuePair<string, string>(PageField, n.ToString(CultureInfo.InvariantCulture)) : f);
            links.Add(new PageLink(page.Url, LinkRole.Pagination, string.Empty, Form: FormRequest.Encode(next)));
        }

        return links;
    }

    [GeneratedRegex(@"url\s*:\s*['""](?<url>[^'""]*xxgk/search\.jsp)['""][^{}]*?data\s*:\s*\{(?<data>[^{}]*)\}", RegexOptions.Singleline)]
    private static partial Regex AjaxCall();

    [GeneratedRegex(@"['""]?(?<key>\w+)['""]?\s*:\s*(?:'(?<single>[^']*)'|""(?<double>[^""]*)""|(?<bare>[^,}]+))")]
    private static partial Regex Field();

    [GeneratedRegex(@"共\s*(?<n>\d{1,5})\s*页")]
    private static partial Regex PageCount();
}
