using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Crawler.Discovery.Families;

/// <summary>
/// TRS WCM's static listings (index.shtml, index_1.shtml…) name their later pages only in a script. Three forms:
/// <c>createPageHTML(5, 0, "index", "html")</c> (count, zero-based current page, prefix, extension);
/// <c>createPageHTML('page_div', 4, 1, 'index', 'shtml', 52)</c> (div id, count, one-based current page, prefix,
/// extension, records); and <c>var countPage = 3</c> followed by a <c>document.write</c> pager. Page 1 is always
/// prefix.ext and page n is prefix_(n-1).ext.
/// </summary>
public sealed partial class TrsPagerLinks : ILinkFinder
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
            foreach (Match call in FourArguments().Matches(script).Concat(SixArguments().Matches(script)))
            {
                links.AddRange(Pages(page, Count(call), call.Groups["name"].Value, call.Groups["ext"].Value));
            }

            if (CountPage().Match(script) is { Success: true } countPage)
            {
                var name = WrittenPrefix().Match(script) is { Success: true } prefix ? prefix.Groups["name"].Value : OwnPrefix(page.Url);
                var extension = WrittenExtension().Match(script) is { Success: true } ext ? ext.Groups["ext"].Value : OwnExtension(page.Url);
                links.AddRange(Pages(page, Count(countPage), name, extension));
            }
        }

        return links;
    }

    private static int Count(Match match) => int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);

    private static IEnumerable<PageLink> Pages(DiscoveryPage page, int count, string name, string extension)
    {
        for (var i = 0; i < Math.Min(count, page.MaxGeneratedPages); i++)
        {
            var file = i == 0 ? $"{name}.{extension}" : string.Create(CultureInfo.InvariantCulture, $"{name}_{i}.{extension}");
            if (UrlCanonicalizer.Canonical(file, page.BaseUrl) is { } url)
            {
                yield return new PageLink(url, LinkRole.Pagination, string.Empty);
            }
        }
    }

    private static string OwnPrefix(Uri url)
    {
        var file = Path.GetFileNameWithoutExtension(url.AbsolutePath);
        var cut = file.LastIndexOf('_');
        return file.Length == 0 ? "index" : cut > 0 && file[(cut + 1)..].All(char.IsAsciiDigit) ? file[..cut] : file;
    }

    private static string OwnExtension(Uri url) => Path.GetExtension(url.AbsolutePath) is { Length: > 1 } e ? e[1..] : "html";

    [GeneratedRegex(@"createPageHTML\(\s*['""]?(?<count>\d{1,5})['""]?\s*,\s*['""]?\d+['""]?\s*,\s*['""](?<name>[\w-]+)['""]\s*,\s*['""](?<ext>\w+)['""]")]
    private static partial Regex FourArguments();

    [GeneratedRegex(@"createPageHTML\(\s*['""][^'""]*['""]\s*,\s*['""]?(?<count>\d{1,5})['""]?\s*,\s*['""]?\d+['""]?\s*,\s*['""](?<name>[\w-]+)['""]\s*,\s*['""](?<ext>\w+)['""]")]
    private static partial Regex SixArguments();

    [GeneratedRegex(@"\bvar\s+countPage\s*=\s*['""]?(?<count>\d{1,5})")]
    private static partial Regex CountPage();

    [GeneratedRegex(@"['""](?<name>[\w-]+)_['""]\s*\+")]
    private static partial Regex WrittenPrefix();

    [GeneratedRegex(@"\+\s*['""]\.(?<ext>s?html?)\b")]
    private static partial Regex WrittenExtension();
}
