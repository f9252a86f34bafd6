using Extractor.Crawler.Discovery.Families;

namespace Extractor.Crawler.Discovery;

/// <summary>
/// Finds, on one page, the links a report crawler follows: report titles among a listing's unrelated items, the
/// listing's other pages, columns of reports, and a report page's attachments. Everything else (news, navigation,
/// images) is ignored, which is what keeps a crawl of a portal to a few dozen requests. Each way of finding links
/// (plain anchors, frames, each CMS family's pager or listing API) is its own <see cref="ILinkFinder"/>.
/// </summary>
public static class LinkExtractor
{
    /// <summary>Every finder, plain anchors first so an anchor's words name a link another finder also sees.</summary>
    public static IReadOnlyList<ILinkFinder> Finders { get; } =
    [
        new AnchorLinks(),
        new FrameLinks(),
        new TrsPagerLinks(),
        new HanwebDatastoreLinks(),
        new HanwebGroupPaging(),
        new HanwebCatalogueSearch(),
        new GkmlptLinks(),
        new AnhuiLabelPaging(),
        new JsonListingLinks(),
        new XmlListingLinks(),
    ];

    /// <param name="bytes">The page as downloaded.</param>
    /// <param name="contentType">The HTTP Content-Type, whose charset decides the decoding of undeclared pages.</param>
    /// <param name="pageUrl">The page's own URL, against which relative links resolve (unless it has a &lt;base&gt;).</param>
    /// <param name="maxGeneratedPages">A bound on pages taken from a pager script's page count.</param>
    public static IReadOnlyList<PageLink> Extract(ReadOnlySpan<byte> bytes, string? contentType, Uri pageUrl, int maxGeneratedPages = 200) =>
        Extract(new DiscoveryPage(bytes, contentType, pageUrl, maxGeneratedPages));

    public static IReadOnlyList<PageLink> Extract(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var links = new List<PageLink>();
        // By text: Uri equality ignores the fragment, where a POST's form is.
        var seen = new HashSet<string>(StringComparer.Ordinal) { (page.Form is null ? page.Url : FormRequest.Key(page.Url, page.Form)).AbsoluteUri };
        foreach (var finder in Finders)
        {
            foreach (var link in finder.Find(page))
            {
                if ((link.Form is not null || link.Url != page.Url) && seen.Add(link.RequestKey.AbsoluteUri))
                {
                    links.Add(link);
                }
            }
        }

        return links;
    }
}
