using System.Text.RegularExpressions;

namespace Extractor.Crawler.Discovery;

/// <summary>
/// One spelling per resource, so a report linked as <c>HTTP://Gov.cn:80/a/../b.html#top</c> and
/// <c>http://gov.cn/b.html</c> is fetched once: lower-case scheme and host, no default port, no fragment, dot segments
/// resolved, no Java session ids or utm_ tracking parameters (which portals append per visitor).
/// </summary>
public static partial class UrlCanonicalizer
{
    /// <summary>The canonical absolute URL of a link, or null when it is not an http(s) URL.</summary>
    public static Uri? Canonical(string? href, Uri? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var text = href.Trim();
        Uri? uri;
        if (baseUri is null)
        {
            Uri.TryCreate(text, UriKind.Absolute, out uri);
        }
        else
        {
            Uri.TryCreate(baseUri, text, out uri);
        }

        return uri is null ? null : Canonical(uri);
    }

    public static Uri? Canonical(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var builder = new UriBuilder(uri)
        {
            Scheme = uri.Scheme.ToLowerInvariant(),
            Host = uri.IdnHost.ToLowerInvariant(),
            Fragment = string.Empty,
            UserName = string.Empty,
            Password = string.Empty,
        };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        builder.Path = SessionId().Replace(builder.Path, string.Empty);
        var query = builder.Query.TrimStart('?');
        if (query.Length > 0)
        {
            var kept = query.Split('&').Where(p => p.Length > 0 && !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("jsessionid=", StringComparison.OrdinalIgnoreCase));
            query = string.Join('&', kept);
        }

        builder.Query = query;
        return new Uri(builder.Uri.AbsoluteUri);
    }

    /// <summary>The key politeness and pipelines are kept by: host and port.</summary>
    public static string Authority(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.Authority.ToLowerInvariant();
    }

    [GeneratedRegex(";jsessionid=[^/?#]*", RegexOptions.IgnoreCase)]
    private static partial Regex SessionId();
}
