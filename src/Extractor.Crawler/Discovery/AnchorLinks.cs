using AngleSharp.Dom;

namespace Extractor.Crawler.Discovery;

/// <summary>The links of server-rendered HTML: <c>&lt;a href&gt;</c> and image-map areas.</summary>
public sealed class AnchorLinks : ILinkFinder
{
    public IEnumerable<PageLink> Find(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Shape == PageShape.Html && page.Html is { } html ? In(html, page.BaseUrl, page.Url) : [];
    }

    /// <summary>The anchors of a document or fragment, resolved against <paramref name="baseUrl"/>.</summary>
    public static IEnumerable<PageLink> In(IParentNode html, Uri baseUrl, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (var anchor in html.QuerySelectorAll("a[href], area[href]"))
        {
            if (UrlCanonicalizer.Canonical(anchor.GetAttribute("href"), baseUrl) is not { } url || url == pageUrl)
            {
                continue;
            }

            url = ViewerFile.Unwrap(url);
            if (LinkClassifier.Link(url, anchor.TextContent, anchor.GetAttribute("title"), pageUrl, anchor.PreviousSibling?.TextContent ?? string.Empty) is { } link)
            {
                yield return link;
            }
        }
    }
}
