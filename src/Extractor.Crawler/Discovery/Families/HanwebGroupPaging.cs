using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Crawler.Discovery.Families;

/// <summary>
/// A Hanweb column page holds only its first group of records (perPage × groupSize, typically 45); the rest come from
/// <c>/module/web/jpage/dataproxy.jsp?startrecord=46&amp;endrecord=90&amp;perpage=15</c>, a POST whose form is the
/// column's parameters (<c>var param_NNN = {col:1, webid:…, columnid:…, unitid:…}</c>). Where the page gives no
/// parameters, the URL in the datastore's <c>&lt;nextgroup&gt;</c> answers the same groups by GET.
/// </summary>
public sealed partial class HanwebGroupPaging : ILinkFinder
{
    private const string DefaultProxy = "/module/web/jpage/dataproxy.jsp";

    public IEnumerable<PageLink> Find(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!page.Text.Contains("<datastore", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        // A group fetched by GET may name the one after it: followed as it is, whatever paging the server uses.
        if (page.Shape == PageShape.Xml)
        {
            return page.Form is null && NextGroup().Match(page.Text) is { Success: true } following &&
                UrlCanonicalizer.Canonical(System.Net.WebUtility.HtmlDecode(following.Groups["url"].Value), page.Url) is { } next
                ? [new PageLink(next, LinkRole.Pagination, string.Empty)]
                : [];
        }

        if (page.Shape != PageShape.Html)
        {
            return [];
        }

        // A page with several jpage lists: each call's settings go with the datastore inside the element it names.
        var calls = JpageCall().Matches(page.Text);
        if (calls.Count > 1 && page.Html is { } html)
        {
            var links = new List<PageLink>();
            foreach (Match call in calls)
            {
                if (html.GetElementById(call.Groups["id"].Value) is { } holder && holder.InnerHtml.Contains("<datastore", StringComparison.OrdinalIgnoreCase))
                {
                    var settings = call.Groups["body"].Value;
                    var named = AjaxParam().Match(settings) is { Success: true } a ? a.Groups["name"].Value : "param_" + call.Groups["id"].Value;
                    links.AddRange(Groups(page, settings, holder.InnerHtml, Parameters(page.Text, named)));
                }
            }

            return links;
        }

        return Groups(page, page.Text, page.Text, Parameters(page.Text));
    }

    /// <param name="settings">Where the jpage settings are (perPage, groupSize, totalRecord, proxyUrl).</param>
    /// <param name="datastore">Where the list's datastore is (its records and nextgroup).</param>
    private static List<PageLink> Groups(DiscoveryPage page, string settings, string datastore, string? form)
    {
        var perPage = Number(PerPage(), settings) ?? 15;
        var firstGroup = HanwebDatastoreLinks.Records(datastore).Count;
        var groupRecords = Number(GroupSize(), settings) is { } groupSize ? perPage * groupSize : Math.Max(firstGroup, perPage);
        var total = Number(TotalRecord(), settings) ?? Number(TotalRecord(), datastore);
        if (total is null || total <= firstGroup || groupRecords <= 0)
        {
            return [];
        }

        var proxy = ProxyUrl().Match(settings) is { Success: true } p ? p.Groups["url"].Value : DefaultProxy;
        var nextGroup = NextGroup().Match(datastore) is { Success: true } n ? UrlCanonicalizer.Canonical(System.Net.WebUtility.HtmlDecode(n.Groups["url"].Value), page.BaseUrl) : null;
        if (form is null && nextGroup is null)
        {
            return [];
        }

        var links = new List<PageLink>();
        for (var start = firstGroup + 1; start <= total && links.Count < page.MaxGeneratedPages; start += groupRecords)
        {
            // Not cut at the total, as jpage asks: the server cuts, and a group keeps its URL when the column grows.
            var end = start + groupRecords - 1;
            var range = string.Create(CultureInfo.InvariantCulture, $"startrecord={start}&endrecord={end}&perpage={perPage}");
            var url = form is not null
                ? UrlCanonicalizer.Canonical($"{proxy}{(proxy.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{range}", page.BaseUrl)
                : UrlCanonicalizer.Canonical($"{nextGroup!.AbsoluteUri}{(nextGroup.Query.Length > 0 ? '&' : '?')}{range}");
            if (url is not null)
            {
                links.Add(new PageLink(url, LinkRole.Pagination, string.Empty, Form: form));
            }
        }

        return links;
    }

    /// <summary>The column's parameters as a form body, from the <c>param_NNN</c> object the jpage call names (else the first).</summary>
    /// <param name="named">The object to take (null if absent); null for the one the page's jpage call names, else the first.</param>
    internal static string? Parameters(string text, string? named = null)
    {
        var objects = ParamObject().Matches(text);
        if (objects.Count == 0)
        {
            return null;
        }

        // Asked for by name (one of several lists): that object or none, never another list's.
        var chosen = named is not null
            ? objects.FirstOrDefault(o => o.Groups["name"].Value == named)
            : objects.FirstOrDefault(o => o.Groups["name"].Value == (AjaxParam().Match(text) is { Success: true } a ? a.Groups["name"].Value : null)) ?? objects[0];
        if (chosen is null)
        {
            return null;
        }

        var fields = Field().Matches(chosen.Groups["body"].Value)
            .Select(f => new KeyValuePair<string, string>(
                f.Groups["key"].Value,
                f.Groups["single"].Success ? f.Groups["single"].Value : f.Groups["double"].Success ? f.Groups["double"].Value : f.Groups["bare"].Value))
            .ToList();
        return fields.Count == 0 ? null : FormRequest.Encode(fields);
    }

    private static int? Number(Regex regex, string text) =>
        regex.Match(text) is { Success: true } m && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"\bperPage\s*:\s*['""]?(?<n>\d{1,4})", RegexOptions.IgnoreCase)]
    private static partial Regex PerPage();

    [GeneratedRegex(@"\bgroupSize\s*:\s*['""]?(?<n>\d{1,4})", RegexOptions.IgnoreCase)]
    private static partial Regex GroupSize();

    [GeneratedRegex(@"(?:\btotalRecord\s*:\s*['""]?|<totalrecord>\s*)(?<n>\d{1,7})", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRecord();

    [GeneratedRegex(@"\bproxyUrl\s*:\s*['""](?<url>[^'""]+)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex ProxyUrl();

    [GeneratedRegex(@"<nextgroup>\s*(?:<!\[CDATA\[)?.*?href\s*=\s*['""](?<url>[^'""]+)['""]", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NextGroup();

    [GeneratedRegex(@"\bvar\s+(?<name>param_\w+)\s*=\s*\{(?<body>[^{}]*)\}")]
    private static partial Regex ParamObject();

    [GeneratedRegex(@"\$\(\s*['""]#(?<id>[\w-]+)['""]\s*\)\s*\.jpage\(\s*\{(?<body>[^{}]*)\}")]
    private static partial Regex JpageCall();

    [GeneratedRegex(@"\bajaxParam\s*:\s*(?<name>param_\w+)")]
    private static partial Regex AjaxParam();

    [GeneratedRegex(@"['""]?(?<key>\w+)['""]?\s*:\s*(?:'(?<single>[^']*)'|""(?<double>[^""]*)""|(?<bare>[^,\s}]+))")]
    private static partial Regex Field();
}
