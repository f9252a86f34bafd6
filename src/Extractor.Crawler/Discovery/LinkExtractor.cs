using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extractor.Readers.Html;
using Extractor.Readers.Text;

namespace Extractor.Crawler.Discovery;

/// <summary>
/// Finds, on one page, the links a report crawler follows: report titles among a listing's unrelated items, the
/// listing's other pages, columns of reports, and a report page's attachments. Everything else (news, navigation,
/// images) is ignored, which is what keeps a crawl of a portal to a few dozen requests.
/// </summary>
public static partial class LinkExtractor
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false };

    private static readonly string[] AttachmentExtensions = [".pdf", ".doc", ".docx", ".wps"];

    private static readonly string[] NextWords = ["下一页", "下页", "尾页", "末页", "最后一页", "上一页", "上页", "前一页", "后一页", "next", "last", ">", ">>", "»", "›"];

    /// <param name="bytes">The page as downloaded.</param>
    /// <param name="contentType">The HTTP Content-Type, whose charset decides the decoding of undeclared pages.</param>
    /// <param name="pageUrl">The page's own URL, against which relative links resolve (unless it has a &lt;base&gt;).</param>
    /// <param name="maxGeneratedPages">A bound on pages taken from a pager script's page count.</param>
    public static IReadOnlyList<PageLink> Extract(ReadOnlySpan<byte> bytes, string? contentType, Uri pageUrl, int maxGeneratedPages = 200)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        var (page, _) = HtmlDecoder.Decode(bytes, contentType);

        // A page the report reader refuses (GBK without a declaration) still has links worth following.
        var html = page?.Html ?? Gb18030Text.GetString(bytes);
        var document = new HtmlParser(Options).ParseDocument(html);
        var baseUrl = UrlCanonicalizer.Canonical(document.QuerySelector("base[href]")?.GetAttribute("href"), pageUrl) ?? pageUrl;

        var links = new List<PageLink>();
        var seen = new HashSet<Uri>();
        foreach (var anchor in document.QuerySelectorAll("a[href], area[href]"))
        {
            var url = UrlCanonicalizer.Canonical(anchor.GetAttribute("href"), baseUrl);
            if (url is null || url == pageUrl)
            {
                continue;
            }

            var text = Squeeze(anchor.TextContent);
            var title = Squeeze(anchor.GetAttribute("title"));
            var role = Classify(url, text, title, anchor, pageUrl, out var year);
            if (role is not null && seen.Add(url))
            {
                links.Add(new PageLink(url, role.Value, title.Length > text.Length ? title : text, year));
            }
        }

        foreach (var url in PagerScriptPages(document, baseUrl, maxGeneratedPages))
        {
            if (url != pageUrl && seen.Add(url))
            {
                links.Add(new PageLink(url, LinkRole.Pagination, string.Empty));
            }
        }

        return links;
    }

    private static LinkRole? Classify(Uri url, string text, string title, IElement anchor, Uri pageUrl, out int? year)
    {
        // A file is an attachment whatever its title says; the title's year still tells which report it is.
        year = ReportTitle.YearOf(title) ?? ReportTitle.YearOf(StripExtension(text));
        if (IsAttachment(url, text, anchor))
        {
            return LinkRole.Attachment;
        }

        if (year is not null)
        {
            return LinkRole.Report;
        }

        var sameHost = url.Authority.Equals(pageUrl.Authority, StringComparison.OrdinalIgnoreCase);
        if (sameHost && IsPagination(url, text, pageUrl))
        {
            return LinkRole.Pagination;
        }

        return ReportTitle.IsColumnName(title) || ReportTitle.IsColumnName(text) ? LinkRole.Column : null;
    }

    private static string StripExtension(string text) =>
        AttachmentExtensions.FirstOrDefault(e => text.EndsWith(e, StringComparison.OrdinalIgnoreCase)) is { } e ? text[..^e.Length] : text;

    private static bool IsAttachment(Uri url, string text, IElement anchor)
    {
        var extension = Path.GetExtension(url.AbsolutePath).ToLowerInvariant();
        if (AttachmentExtensions.Contains(extension) || AttachmentExtensions.Any(e => text.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // "附件：<a>…</a>" puts the word before the link rather than in it.
        var before = Squeeze(anchor.PreviousSibling?.TextContent ?? string.Empty);
        return text.Contains("附件", StringComparison.Ordinal) || before.EndsWith("附件：", StringComparison.Ordinal) || before.EndsWith("附件:", StringComparison.Ordinal);
    }

    private static bool IsPagination(Uri url, string text, Uri pageUrl)
    {
        if (NextWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var pagedUrl = PagedPath().IsMatch(url.AbsolutePath) || PagedQuery().IsMatch(url.Query);
        var pageNumber = PageNumber().IsMatch(text);
        var sameFolder = Folder(url) == Folder(pageUrl);
        return (pageNumber || text is "首页" or "第一页") && (pagedUrl || sameFolder);
    }

    private static string Folder(Uri url) => url.AbsolutePath[..(url.AbsolutePath.LastIndexOf('/') + 1)];

    /// <summary>
    /// TRS WCM and its imitators write the pager with a script, <c>createPageHTML(5, 0, "index", "html")</c>: page 0 is
    /// index.html, page n is index_n.html.
    /// </summary>
    private static IEnumerable<Uri> PagerScriptPages(IDocument document, Uri baseUrl, int maxPages)
    {
        foreach (var script in document.Scripts)
        {
            foreach (Match call in PagerCall().Matches(script.Text))
            {
                var count = Math.Min(int.Parse(call.Groups["count"].Value, CultureInfo.InvariantCulture), maxPages);
                var name = call.Groups["name"].Value;
                var extension = call.Groups["ext"].Value;
                for (var i = 0; i < count; i++)
                {
                    var file = i == 0 ? $"{name}.{extension}" : string.Create(CultureInfo.InvariantCulture, $"{name}_{i}.{extension}");
                    if (UrlCanonicalizer.Canonical(file, baseUrl) is { } url)
                    {
                        yield return url;
                    }
                }
            }
        }
    }

    private static string Squeeze(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(c);
            space = false;
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(?:index|list|default|page)[_-]?\d+\.\w+$|_\d+\.s?html?$", RegexOptions.IgnoreCase)]
    private static partial Regex PagedPath();

    [GeneratedRegex(@"[?&](?:page|pageno|pageindex|pagenum|curpage|currentpage|pn|p|start)=\d+", RegexOptions.IgnoreCase)]
    private static partial Regex PagedQuery();

    [GeneratedRegex(@"^\[?\d{1,4}\]?$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"createPageHTML\(\s*['""]?(?<count>\d{1,5})['""]?\s*,\s*['""]?\d+['""]?\s*,\s*['""](?<name>[\w-]+)['""]\s*,\s*['""](?<ext>\w+)['""]")]
    private static partial Regex PagerCall();
}
