namespace Extractor.Crawler.Discovery;

/// <summary>
/// A report page that shows its document in a frame: <c>&lt;iframe src&gt;</c>, <c>&lt;embed src&gt;</c>,
/// <c>&lt;object data&gt;</c>, or any of them pointing at a pdf.js viewer with <c>file=</c>. Only frames that hold a
/// document (a file by its name) are taken as attachments; a framed page of the same site is offered as a possible
/// report, unless it is plainly the site's chrome (a header, a menu: small, or named so).
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
            if (url == page.Url)
            {
                continue;
            }

            if (LinkClassifier.IsAttachmentUrl(url))
            {
                yield return new PageLink(url, LinkRole.Attachment, LinkClassifier.Squeeze(title), ReportTitle.YearOf(title), Embedded: true);
            }
            else if (element.LocalName is "iframe" or "frame" && url.Authority == page.Url.Authority && !IsChrome(element, url))
            {
                // A page framed in: maybe the report itself. The crawl takes it only from a report page that has no
                // report of its own and no file (see CrawlEngine.Children).
                yield return new PageLink(url, LinkRole.Report, LinkClassifier.Squeeze(title), ReportTitle.YearOf(title), Embedded: true);
            }
        }
    }

    private static readonly string[] ChromeWords = ["head", "foot", "top", "nav", "menu", "banner", "bottom", "share", "login"];

    private static bool IsChrome(AngleSharp.Dom.IElement frame, Uri url)
    {
        var name = url.AbsolutePath.ToLowerInvariant();
        if (ChromeWords.Any(w => name.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        var height = frame.GetAttribute("height");
        return height is not null && int.TryParse(height.TrimEnd('p', 'x'), out var pixels) && pixels < 200;
    }
}
