using System.Text.Json;

namespace Extractor.Crawler.Discovery;

/// <summary>
/// Links in a JSON listing answer (gkmlpt's <c>articles</c>, Anhui's <c>isJson=true</c>, a portal's own list API):
/// every object's URL-valued fields, named by the object's title. Whatever the answer's shape, a URL is a string that
/// is absolute or rooted and names a page or a file; what it is (report, attachment) is decided by its words as for any link.
/// </summary>
public sealed class JsonListingLinks : ILinkFinder
{
    internal static readonly string[] TitleFields = ["title", "name", "doc_title", "docTitle", "subject", "text", "label", "fileName", "filename"];

    private static readonly string[] UrlFields = ["url", "link", "href", "path", "file", "fileUrl", "file_url", "filePath", "docUrl", "doc_url", "linkUrl", "link_url", "pdfUrl", "downloadUrl", "attachment"];

    private static readonly string[] PageExtensions = [".html", ".htm", ".shtml", ".jsp", ".php", ".aspx"];

    public IEnumerable<PageLink> Find(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Shape != PageShape.Json)
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(page.Text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var links = new List<PageLink>();
            Walk(json.RootElement, page, links, 0);
            return links;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Walk(JsonElement element, DiscoveryPage page, List<PageLink> links, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, page, links, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var title = TitleFields.Select(f => element.TryGetProperty(f, out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                if (UrlOf(property.Name, property.Value.GetString()!, page) is { } url && LinkClassifier.Link(url, title, null, page.Url) is { } link)
                {
                    links.Add(link);
                }
            }
            else
            {
                Walk(property.Value, page, links, depth + 1);
            }
        }
    }

    internal static Uri? UrlOf(string field, string value, DiscoveryPage page)
    {
        var text = value.Trim();
        var absolute = text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var rooted = text.StartsWith('/') || text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith("../", StringComparison.Ordinal);
        var known = UrlFields.Contains(field, StringComparer.OrdinalIgnoreCase);
        if (!(absolute || rooted || known) || text.Contains(' ', StringComparison.Ordinal) || text.Contains('<', StringComparison.Ordinal))
        {
            return null;
        }

        if (UrlCanonicalizer.Canonical(text, page.BaseUrl) is not { } url)
        {
            return null;
        }

        // A field known to hold a link may name anything; elsewhere only what is plainly a page or a file.
        var path = url.AbsolutePath;
        return known || LinkClassifier.IsAttachmentUrl(url) || PageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? url : null;
    }
}
