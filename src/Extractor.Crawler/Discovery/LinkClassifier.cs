using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Crawler.Discovery;

/// <summary>
/// Decides what a link is from its URL and words, wherever it was found (an anchor, a datastore record, a JSON
/// article): a report title, an attachment, another page of the listing, a column of reports, or nothing to follow.
/// </summary>
public static partial class LinkClassifier
{
    private static readonly string[] AttachmentExtensions = [".pdf", ".doc", ".docx", ".wps"];

    private static readonly string[] NextWords = ["下一页", "下页", "尾页", "末页", "最后一页", "上一页", "上页", "前一页", "后一页", "next", "last", ">", ">>", "»", "›"];

    /// <param name="before">The text just before the link (附件：), where the page gives it.</param>
    public static PageLink? Link(Uri url, string? text, string? title, Uri pageUrl, string before = "")
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var words = Squeeze(text);
        var named = Squeeze(title);
        var role = Classify(url, words, named, Squeeze(before), pageUrl, out var year);
        return role is null ? null : new PageLink(url, role.Value, named.Length > words.Length ? named : words, year);
    }

    /// <summary>A file by its name: the path's extension, or a download script's file name parameter (downfile.jsp?filename=….pdf).</summary>
    public static bool IsAttachmentUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (HasAttachmentExtension(url.AbsolutePath))
        {
            return true;
        }

        return url.Query.TrimStart('?').Split('&').Any(p => p.Split('=', 2) is [_, var value] && HasAttachmentExtension(Uri.UnescapeDataString(value)));
    }

    public static bool HasAttachmentExtension(string name) =>
        AttachmentExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static LinkRole? Classify(Uri url, string text, string title, string before, Uri pageUrl, out int? year)
    {
        // A file is an attachment whatever its title says; the title's year still tells which report it is.
        year = ReportTitle.YearOf(title) ?? ReportTitle.YearOf(StripExtension(text));
        if (IsAttachment(url, text, before))
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

    private static bool IsAttachment(Uri url, string text, string before)
    {
        if (IsAttachmentUrl(url) || HasAttachmentExtension(text))
        {
            return true;
        }

        // "附件：<a>…</a>" puts the word before the link rather than in it.
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

    internal static string Squeeze(string? text)
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
}
