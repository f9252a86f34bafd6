using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Crawler.Discovery.Families;

/// <summary>
/// Anhui's 政务公开 platform shows page 1 of a column; later pages come only from
/// <c>/site/label/8888?IsAjax=1&amp;dataType=html&amp;labelName=publicInfoList&amp;…&amp;pageIndex=N</c>, named by a
/// jQuery pager (<c>pageCount: N</c>) and a <c>$.get('…pageIndex=' + p + '…')</c>. The answers (an HTML fragment, or
/// JSON with isJson=true) are read by the anchor and JSON finders.
/// </summary>
public sealed partial class AnhuiLabelPaging : ILinkFinder
{
    public IEnumerable<PageLink> Find(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Shape != PageShape.Html)
        {
            return [];
        }

        var links = new List<PageLink>();
        foreach (var script in page.Scripts)
        {
            if (!script.Contains("/site/label/", StringComparison.OrdinalIgnoreCase) || PageCount().Match(script) is not { Success: true } countMatch)
            {
                continue;
            }

            var count = Math.Min(int.Parse(countMatch.Groups["n"].Value, CultureInfo.InvariantCulture), page.MaxGeneratedPages);
            var template = Template(script) ?? DataObjectTemplate(script);
            if (template is null)
            {
                continue;
            }

            for (var n = 2; n <= count; n++)
            {
                if (UrlCanonicalizer.Canonical(template(n), page.BaseUrl) is { } url)
                {
                    links.Add(new PageLink(url, LinkRole.Pagination, string.Empty));
                }
            }
        }

        return links;
    }

    /// <summary>
    /// The label URL for page n from the script's string concatenation (<c>'…&amp;_=' + Math.random() + '…pageIndex=' + p +
    /// '…'</c>): literals kept, the expression after <c>pageIndex=</c> made the page number, any other expression
    /// (a cache breaker) dropped. A whole literal with a pageIndex has its number replaced.
    /// </summary>
    private static Func<int, string>? Template(string script)
    {
        var at = script.IndexOf("/site/label/", StringComparison.OrdinalIgnoreCase);
        var open = at < 0 ? -1 : script.LastIndexOfAny(['\'', '"'], at);
        if (open < 0)
        {
            return null;
        }

        var parts = new List<string?>();
        var i = open;
        while (true)
        {
            if (i < script.Length && script[i] is '\'' or '"')
            {
                var close = script.IndexOf(script[i], i + 1);
                if (close < 0)
                {
                    return null;
                }

                parts.Add(script[(i + 1)..close]);
                i = close + 1;
            }
            else if (Expression().Match(script, i) is { Success: true } expression && expression.Index == i)
            {
                parts.Add(null);
                i += expression.Length;
            }
            else
            {
                break;
            }

            var next = Plus().Match(script, i);
            if (!next.Success || next.Index != i)
            {
                break;
            }

            i += next.Length;
        }

        var pageAt = parts.FindIndex(p => p is null);
        while (pageAt >= 0 && !(pageAt > 0 && parts[pageAt - 1]?.EndsWith("pageIndex=", StringComparison.OrdinalIgnoreCase) == true))
        {
            pageAt = parts.FindIndex(pageAt + 1, p => p is null);
        }

        if (pageAt >= 0)
        {
            var head = string.Concat(parts.Take(pageAt));
            var tail = string.Concat(parts.Skip(pageAt + 1));
            return n => string.Create(CultureInfo.InvariantCulture, $"{head}{n}{tail}");
        }

        var whole = string.Concat(parts);
        return PageIndex().IsMatch(whole) ? n => PageIndex().Replace(whole, m => string.Create(CultureInfo.InvariantCulture, $"{m.Groups["key"].Value}{n}"), 1) : null;
    }

    /// <summary>
    /// The label URL for page n from <c>$.ajax({ url: '/site/label/8888', data: { IsAjax: 1, …, pageIndex: p } })</c>:
    /// the data object's literal values become the query, pageIndex the page number.
    /// </summary>
    private static Func<int, string>? DataObjectTemplate(string script)
    {
        if (DataCall().Match(script) is not { Success: true } call)
        {
            return null;
        }

        var fields = DataField().Matches(call.Groups["data"].Value)
            .Select(f => (Key: f.Groups["key"].Value, Value: f.Groups["single"].Success ? f.Groups["single"].Value : f.Groups["double"].Success ? f.Groups["double"].Value : Literal(f.Groups["bare"].Value)))
            .ToList();
        if (!fields.Any(f => f.Key.Equals("pageIndex", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var url = call.Groups["url"].Value;
        return n =>
        {
            var query = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" +
                (f.Key.Equals("pageIndex", StringComparison.OrdinalIgnoreCase) ? n.ToString(CultureInfo.InvariantCulture) : Uri.EscapeDataString(f.Value))));
            return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
        };
    }

    private static string Literal(string bare)
    {
        var value = bare.Trim();
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || value is "true" or "false" ? value : string.Empty;
    }

    [GeneratedRegex(@"url\s*:\s*['""](?<url>[^'""]*/site/label/\d+[^'""]*)['""][^{}]*?data\s*:\s*\{(?<data>[^{}]*)\}", RegexOptions.Singleline)]
    private static partial Regex DataCall();

    [GeneratedRegex(@"['""]?(?<key>\w+)['""]?\s*:\s*(?:'(?<single>[^']*)'|""(?<double>[^""]*)""|(?<bare>[^,}]+))")]
    private static partial Regex DataField();

    [GeneratedRegex(@"\b(?:pageCount|totalPage|pageTotal)\s*[:=]\s*['""]?(?<n>\d{1,5})", RegexOptions.IgnoreCase)]
    private static partial Regex PageCount();

    [GeneratedRegex(@"[\w$.]+(?:\([^()]*\))?")]
    private static partial Regex Expression();

    [GeneratedRegex(@"\s*\+\s*")]
    private static partial Regex Plus();

    [GeneratedRegex(@"(?<key>pageIndex=)\d+", RegexOptions.IgnoreCase)]
    private static partial Regex PageIndex();
}
