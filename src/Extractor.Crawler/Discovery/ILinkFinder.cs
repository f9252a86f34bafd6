namespace Extractor.Crawler.Discovery;

/// <summary>
/// One way of finding links on a page: plain anchors, a CMS family's pager or listing API, frames. Each finder is
/// small and knows one thing; <see cref="LinkExtractor"/> runs them all, so a new family is a new finder beside the others.
/// </summary>
public interface ILinkFinder
{
    IEnumerable<PageLink> Find(DiscoveryPage page);
}
