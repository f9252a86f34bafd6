using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extractor.Readers.Html;
using Extractor.Readers.Text;

namespace Extractor.Crawler.Discovery;

/// <summary>What a page is to the link finders: an HTML page (or fragment), an XML answer or a JSON answer.</summary>
public enum PageShape
{
    Html,
    Xml,
    Json,
}

/// <summary>One downloaded page or listing answer, decoded once and parsed on first need, shared by every link finder.</summary>
public sealed class DiscoveryPage
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false };

    private readonly Lazy<IDocument?> document;

    /// <param name="form">The form this page answered, when it was fetched by POST.</param>
    public DiscoveryPage(ReadOnlySpan<byte> bytes, string? contentType, Uri url, int maxGeneratedPages = 200, string? form = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = url;
        Form = form;
        MaxGeneratedPages = maxGeneratedPages;
        var (page, _) = HtmlDecoder.Decode(bytes, contentType);

        // A page the report reader refuses (GBK without a declaration) still has links worth following.
        Text = page?.Html ?? Gb18030Text.GetString(bytes);
        Shape = ShapeOf(Text);
        document = new Lazy<IDocument?>(() => Shape == PageShape.Json ? null : new HtmlParser(Options).ParseDocument(Text));
        BaseUrl = Shape == PageShape.Html && UrlCanonicalizer.Canonical(Html?.QuerySelector("base[href]")?.GetAttribute("href"), url) is { } b ? b : url;
    }

    /// <summary>The page's own URL (after redirects).</summary>
    public Uri Url { get; }

    /// <summary>The URL-encoded form this page answered (a POST listing), else null.</summary>
    public string? Form { get; }

    /// <summary>Where relative links resolve: the page's &lt;base&gt; or its URL.</summary>
    public Uri BaseUrl { get; }

    public string Text { get; }

    public PageShape Shape { get; }

    /// <summary>The parsed HTML; for an XML answer the forgiving HTML parse of it; null for JSON.</summary>
    public IDocument? Html => document.Value;

    /// <summary>A bound on pages or groups a finder makes up from a page count.</summary>
    public int MaxGeneratedPages { get; }

    /// <summary>The inline scripts' text, joined, where pagers and listing parameters live.</summary>
    public IEnumerable<string> Scripts => Html?.Scripts.Where(s => !s.HasAttribute("src")).Select(s => s.Text) ?? [];

    private static PageShape ShapeOf(string text)
    {
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("{") || head.StartsWith("["))
        {
            return PageShape.Json;
        }

        if (head.StartsWith("<datastore", StringComparison.OrdinalIgnoreCase))
        {
            return PageShape.Xml;
        }

        // XHTML pages open with an XML declaration too: they are pages, not listing answers.
        var start = head[..Math.Min(head.Length, 2048)];
        return head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) &&
            !start.Contains("<html", StringComparison.OrdinalIgnoreCase) && !start.Contains("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            ? PageShape.Xml
            : PageShape.Html;
    }
}
