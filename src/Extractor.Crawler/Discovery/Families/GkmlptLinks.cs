using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extractor.Crawler.Discovery.Families;

/// <summary>
/// Guangdong's 政府信息公开目录管理平台 (gkmlpt): <c>/gkmlpt/index</c> and <c>/gkmlpt/annualreport</c> are script
/// shells whose only content is <c>window._CONFIG = {"SID": …, "TREE": [{"id", "name", "children"}]}</c>. The list of a
/// catalogue node is JSON from <c>/gkmlpt/api/all/{id}?page=N&amp;sid=SID</c> (<c>articles</c>, <c>total</c>); its
/// articles are read by <see cref="JsonListingLinks"/>, its further pages are named here from the first page's total.
/// The node's first page is a column link, so a shell given as the seed leads to it.
/// </summary>
public sealed partial class GkmlptLinks : ILinkFinder
{
    public IEnumerable<PageLink> Find(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Shape switch
        {
            PageShape.Html => FromShell(page),
            PageShape.Json => FromFirstPage(page),
            _ => [],
        };
    }

    private static List<PageLink> FromShell(DiscoveryPage page)
    {
        var at = page.Text.IndexOf("_CONFIG", StringComparison.Ordinal);
        if (at < 0 || JsonObjectText.After(page.Text, at) is not { } configText)
        {
            return [];
        }

        try
        {
            using var config = JsonDocument.Parse(configText, new JsonDocumentOptions { AllowTrailingCommas = true });
            var root = config.RootElement;
            if (!root.TryGetProperty("SID", out var sidElement) || !root.TryGetProperty("TREE", out var tree) || tree.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var sid = sidElement.ValueKind == JsonValueKind.String ? sidElement.GetString()! : sidElement.GetRawText();
            var prefix = ApiPrefix(page.Url);
            var links = new List<PageLink>();
            foreach (var (id, name) in ReportNodes(tree))
            {
                var api = string.Create(CultureInfo.InvariantCulture, $"{prefix}api/all/{id}?page=1&sid={Uri.EscapeDataString(sid)}");
                if (UrlCanonicalizer.Canonical(api, page.Url) is { } url)
                {
                    links.Add(new PageLink(url, LinkRole.Column, name, SameListing: true));
                }
            }

            return links;
        }
        catch (JsonException)
        {
            return FromScriptLiteral(page, configText);
        }
    }

    /// <summary>
    /// A _CONFIG written as a script object rather than JSON (bare keys, single quotes): SID and the (id, name) pairs
    /// are taken by pattern instead.
    /// </summary>
    private static List<PageLink> FromScriptLiteral(DiscoveryPage page, string config)
    {
        if (LiteralSid().Match(config) is not { Success: true } sid)
        {
            return [];
        }

        var prefix = ApiPrefix(page.Url);
        var links = new List<PageLink>();
        foreach (Match node in LiteralNode().Matches(config))
        {
            var name = node.Groups["name"].Value;
            if ((name.Contains("年报", StringComparison.Ordinal) || name.Contains("年度报告", StringComparison.Ordinal)) &&
                UrlCanonicalizer.Canonical($"{prefix}api/all/{node.Groups["id"].Value}?page=1&sid={Uri.EscapeDataString(sid.Groups["sid"].Value)}", page.Url) is { } url)
            {
                links.Add(new PageLink(url, LinkRole.Column, name, SameListing: true));
            }
        }

        return links;
    }

    /// <summary>Catalogue nodes named like a column of reports (政府信息公开年报), at any depth of the tree.</summary>
    private static IEnumerable<(string Id, string Name)> ReportNodes(JsonElement nodes)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            if (node.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var name = node.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : string.Empty;
            if (node.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.Number or JsonValueKind.String &&
                (name.Contains("年报", StringComparison.Ordinal) || name.Contains("年度报告", StringComparison.Ordinal)))
            {
                yield return (id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText(), name);
            }

            if (node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in ReportNodes(children))
                {
                    yield return child;
                }
            }
        }
    }

    /// <summary>The platform's root on this site: whatever precedes <c>gkmlpt/</c> in the shell's path.</summary>
    private static string ApiPrefix(Uri shell)
    {
        var path = shell.AbsolutePath;
        var at = path.IndexOf("/gkmlpt/", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? "/gkmlpt/" : path[..(at + "/gkmlpt/".Length)];
    }

    private static List<PageLink> FromFirstPage(DiscoveryPage page)
    {
        if (!ApiPage().IsMatch(page.Url.AbsolutePath) || FirstPage().Match(page.Url.Query) is not { Success: true } first)
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(page.Text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("articles", out var articles) || articles.ValueKind != JsonValueKind.Array ||
                !root.TryGetProperty("total", out var totalElement) || !totalElement.TryGetInt32(out var total))
            {
                return [];
            }

            var size = PageSize(root) ?? articles.GetArrayLength();
            if (size <= 0)
            {
                return [];
            }

            var pages = Math.Min((total + size - 1) / size, page.MaxGeneratedPages);
            var links = new List<PageLink>();
            for (var n = 2; n <= pages; n++)
            {
                var query = string.Concat(page.Url.Query.AsSpan(0, first.Index), string.Create(CultureInfo.InvariantCulture, $"{first.Groups["key"].Value}{n}"), page.Url.Query.AsSpan(first.Index + first.Length));
                if (UrlCanonicalizer.Canonical(new UriBuilder(page.Url) { Query = query.TrimStart('?') }.Uri) is { } url)
                {
                    links.Add(new PageLink(url, LinkRole.Pagination, string.Empty));
                }
            }

            return links;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static int? PageSize(JsonElement root)
    {
        foreach (var name in new[] { "page_size", "pageSize", "per_page", "size" })
        {
            if (root.TryGetProperty(name, out var value) && value.TryGetInt32(out var size) && size > 0)
            {
                return size;
            }
        }

        return null;
    }

    [GeneratedRegex(@"['""]?SID['""]?\s*:\s*['""]?(?<sid>[\w-]+)")]
    private static partial Regex LiteralSid();

    [GeneratedRegex(@"['""]?id['""]?\s*:\s*['""]?(?<id>\d+)['""]?\s*,\s*['""]?name['""]?\s*:\s*['""](?<name>[^'""]*)['""]")]
    private static partial Regex LiteralNode();

    [GeneratedRegex(@"/gkmlpt/api/all/\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex ApiPage();

    [GeneratedRegex(@"(?<key>[?&]page=)1(?![0-9])")]
    private static partial Regex FirstPage();
}
