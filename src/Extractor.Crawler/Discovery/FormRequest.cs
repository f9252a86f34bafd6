namespace Extractor.Crawler.Discovery;

/// <summary>
/// How a POST is named in the crawl state and documents.csv: its URL with the form in a <c>#post:</c> fragment. A
/// fragment is never sent and never part of a canonical link, so the name cannot clash with a GET, and two columns
/// whose groups share one dataproxy.jsp URL (only the form tells them apart) stay two requests. Compare keys by their
/// text: <see cref="Uri.Equals(object)"/> ignores fragments.
/// </summary>
public static class FormRequest
{
    private const string Marker = "#post:";

    public static Uri Key(Uri url, string form)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(form);
        return new Uri(new UriBuilder(url) { Fragment = string.Empty }.Uri.AbsoluteUri + Marker + form);
    }

    /// <summary>The URL to send to and the form to post, when the key names a POST.</summary>
    public static bool TryParse(Uri key, out Uri target, out string form)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = key.OriginalString;
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            target = key;
            form = string.Empty;
            return false;
        }

        target = new Uri(text[..at]);
        form = text[(at + Marker.Length)..];
        return true;
    }

    /// <summary>A form body from name-value pairs, in their order, URL-encoded as browsers send it.</summary>
    public static string Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
}
