using Extractor.Core.Reports;

namespace Extractor.Core.Regions;

/// <summary>The reports of a run with their agencies placed in regions.</summary>
/// <param name="Reports">The reports in the same order, region_code filled where the agency was placed.</param>
/// <param name="Agencies">One row per agency (and sources code), in name order: agencies.csv.</param>
public sealed record PlacedReports(IReadOnlyList<ReportResult> Reports, IReadOnlyList<AgencyPlacement> Agencies, IReadOnlyDictionary<ReportResult, AgencyPlacement> ByReport)
{
    /// <summary>Who a report's agency is across years (region and body), for carry_chain; null without an agency.</summary>
    public string? KeyOf(ReportResult report) => ByReport.TryGetValue(report, out var placement) ? placement.Key : null;
}

/// <summary>Places every report's agency: a sources CSV's region code wins, else the title's place names where they fit one division.</summary>
public static class RegionPlacement
{
    public static PlacedReports Place(IReadOnlyList<ReportResult> reports) => Place(reports, AgencyPlacer.Shared);

    public static PlacedReports Place(IReadOnlyList<ReportResult> reports, AgencyPlacer placer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(placer);
        var placements = new Dictionary<(string Agency, string? Code), AgencyPlacement>();
        var placed = new List<ReportResult>(reports.Count);
        var byReport = new Dictionary<ReportResult, AgencyPlacement>(ReferenceEqualityComparer.Instance);
        foreach (var report in reports)
        {
            if (string.IsNullOrWhiteSpace(report.Agency))
            {
                placed.Add(report);
                continue;
            }

            var key = (report.Agency, string.IsNullOrWhiteSpace(report.RegionCode) ? null : report.RegionCode);
            if (!placements.TryGetValue(key, out var placement))
            {
                placements[key] = placement = placer.Place(key.Agency, key.Item2);
            }

            var withRegion = report with { RegionCode = placement.ReportRegionCode ?? report.RegionCode };
            placed.Add(withRegion);
            byReport[withRegion] = placement;
        }

        var agencies = placements.Values
            .OrderBy(p => p.Agency, StringComparer.Ordinal)
            .ThenBy(p => p.SourceCode, StringComparer.Ordinal)
            .ToList();
        return new PlacedReports(placed, agencies, byReport);
    }
}
