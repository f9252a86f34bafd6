namespace Extractor.Crawler.Discovery;

/// <summary>
/// A pdf.js viewer link (<c>/pdfjs/web/viewer.html?file=/…/P020….pdf</c>) names the document in its <c>file</c>
/// parameter; the viewer page itself holds nothing. The file resolves against the viewer's URL, as pdf.js does.
/// </summary>
public static class ViewerFile
{
    public static Uri Unwrap(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        foreach (var pair in url.Query.TrimStart('?').Split('&'))
        {
            if (pair.Split('=', 2) is [var name, var value] && name.Equals("file", StringComparison.OrdinalIgnoreCase) && value.Length > 0 &&
                UrlCanonicalizer.Canonical(Uri.UnescapeDataString(value), url) is { } file)
            {
                return file;
            }
        }

        return url;
    }
}
