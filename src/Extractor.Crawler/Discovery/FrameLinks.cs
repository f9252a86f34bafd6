namespace Extractor.Crawler.Discovery;

/// <summary>
/// A report page that shows its document in a frame: <c>&lt;iframe src&gt;</c>, <c>&lt;embed src&gt;</c>,
/// <c>&lt;object data&gt;</c>, or any of them pointing at a pdf.js viewer with <c>file=</c>. Only frames that hold a
/// document (a file by its name) are taken; a frame with the site's header or a map is not a report.
/// </summary>
public sealed class FrameLinks : ILinkFinder
{
    public IEnumerable<PageLink> Find(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Shape != PageShape.Html || page.Html is not { } html)
        {
            yield break;
        }

        var title = html.Title ?? string.Empty;
        foreach (var element in html.QuerySelectorAll("iframe[src], frame[src], embed[src], object[data]"))
        {
            var source = element.GetAttribute(element.LocalName == "object" ? "data" : "src");
            if (UrlCanonicalizer.Canonical(source, page.BaseUrl) is not { } url)
            {
                continue;
            }

            url = ViewerFile.Unwrap(url);
            if (url != page.Url && LinkClassifier.IsAttachmentUrl(url))
            {
                yield return new PageLink(url, LinkRole.Attachment, LinkClassifier.Squeeze(title), ReportTitle.YearOf(title), Embedded: true);
            }
        }
    }
}
