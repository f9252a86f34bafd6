using System.Xml;
using System.Xml.Linq;

namespace Extractor.Crawler.Discovery;

/// <summary>
/// Links in an XML listing answer other than a Hanweb datastore (an RSS-like feed, a CMS's own list XML): each
/// element's URL-valued children and attributes, named by its title child, judged like any link. Elements holding
/// HTML (a datastore's CDATA records) are left to <see cref="Families.HanwebDatastoreLinks"/>.
/// </summary>
public sealed class XmlListingLinks : ILinkFinder
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64L << 20 };

    public IEnumerable<PageLink> Find(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Shape != PageShape.Xml)
        {
            return [];
        }

        XDocument document;
        try
        {
            using var text = new StringReader(page.Text.TrimStart());
            using var reader = XmlReader.Create(text, Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return [];
        }

        var links = new List<PageLink>();
        foreach (var element in document.Descendants().Where(e => e.HasElements || e.HasAttributes))
        {
            var title = element.Elements().FirstOrDefault(c => !c.HasElements && JsonListingLinks.TitleFields.Contains(c.Name.LocalName, StringComparer.OrdinalIgnoreCase))?.Value;
            var values = element.Elements().Where(c => !c.HasElements).Select(c => (c.Name.LocalName, c.Value))
                .Concat(element.Attributes().Select(a => (a.Name.LocalName, a.Value)));
            foreach (var (name, value) in values)
            {
                if (value.TrimStart().StartsWith('<') || JsonListingLinks.UrlOf(name, value, page) is not { } url)
                {
                    continue;
                }

                if (LinkClassifier.Link(url, title, null, page.Url) is { } link)
                {
                    links.Add(link);
                }
            }
        }

        return links;
    }
}
