namespace Extractor.Crawler;

/// <summary>Where a crawl starts, with what a sources CSV row says about the agency behind it.</summary>
/// <param name="Url">A report, a listing of a 年报 column or a portal's home page.</param>
/// <param name="Agency">Names the reports found under this seed, unless their titles name another body.</param>
/// <param name="RegionCode">The 6-digit administrative division code, written to every report found under the seed.</param>
/// <param name="Level">The agency's level (province, city, county, ...), kept in the state.</param>
/// <param name="Years">Reporting years wanted under this seed; null for the run's.</param>
public sealed record Seed(Uri Url, string? Agency = null, string? RegionCode = null, string? Level = null, YearSet? Years = null);
