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
            var template = Template(script);
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

    /// <summary>The label URL for page n: <c>'head' + p + 'tail'</c>, or a whole literal whose pageIndex is replaced.</summary>
    private static Func<int, string>? Template(string script)
    {
        if (Concatenated().Match(script) is { Success: true } joined)
        {
            var head = joined.Groups["head"].Value;
            var tail = joined.Groups["tail"].Value;
            return n => string.Create(CultureInfo.InvariantCulture, $"{head}{n}{tail}");
        }

        if (Literal().Match(script) is { Success: true } literal)
        {
            var url = literal.Groups["url"].Value;
            return n => PageIndex().Replace(url, m => string.Create(CultureInfo.InvariantCulture, $"{m.Groups["key"].Value}{n}"), 1);
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:pageCount|totalPage|pageTotal)\s*[:=]\s*['""]?(?<n>\d{1,5})", RegexOptions.IgnoreCase)]
    private static partial Regex PageCount();

    [GeneratedRegex(@"['""](?<head>[^'""]*?/site/label/[^'""]*?pageIndex=)['""]\s*\+\s*[\w.$()]+\s*(?:\+\s*['""](?<tail>[^'""]*)['""])?", RegexOptions.IgnoreCase)]
    private static partial Regex Concatenated();

    [GeneratedRegex(@"['""](?<url>[^'""]*?/site/label/[^'""]*?pageIndex=\d+[^'""]*)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex Literal();

    [GeneratedRegex(@"(?<key>pageIndex=)\d+", RegexOptions.IgnoreCase)]
    private static partial Regex PageIndex();
}
