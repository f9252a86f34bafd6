namespace Extractor.Crawler.Discovery;

/// <summary>A link found on a page, classified.</summary>
/// <param name="Year">The reporting year of a report link, from its text or title.</param>
public sealed record PageLink(Uri Url, LinkRole Role, string Text, int? Year = null);
