namespace Extractor.Crawler.Discovery;

/// <summary>A link found on a page, classified.</summary>
/// <param name="Year">The reporting year of a report link, from its text or title.</param>
/// <param name="Form">
/// For a listing that answers only a POST (Hanweb's dataproxy.jsp): the form body, URL-encoded. Null for a GET.
/// </param>
/// <param name="Embedded">A document shown inside the page (iframe, embed, object, a pdf.js viewer's file).</param>
/// <param name="SameListing">
/// Where the page's own listing really is (a shell's list API, a catalogue's search POST): followed as the page's
/// column, but no hop further from the seed.
/// </param>
public sealed record PageLink(Uri Url, LinkRole Role, string Text, int? Year = null, string? Form = null, bool Embedded = false, bool SameListing = false)
{
    /// <summary>What the crawl state keys the request by: the URL, or for a POST the URL with its form.</summary>
    public Uri RequestKey => Form is null ? Url : FormRequest.Key(Url, Form);
}
