using Extractor.Core.Regions;

namespace Extractor.Output.Compare;

/// <summary>
/// Turns a run's reports into the comparison's rows: each report's agency placed (the run's region_code is kept
/// where the title alone would place it elsewhere or nowhere), one report per agency and year, every indicator with
/// its change since the year before and its outlier flag. Failed and legacy reports hold no table and are left out;
/// inconsistent and incomplete ones stay, marked by their status, and take no part in the peers' medians.
/// </summary>
public sealed class CompareBuilder(AgencyPlacer placer)
{
    public static CompareBuilder Shared { get; } = new(AgencyPlacer.Shared);

    public IReadOnlyList<CompareRow> Build(IEnumerable<ReportRecord> reports, CompareOptions options)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(options);
        var placed = reports
            .Where(Comparable)
            .Select(r => (Report: r, Agency: Place(r)))
            .Where(p => options.Region is null || placer.Directory.IsWithin(p.Agency.RegionCode, options.Region))
            .ToList();

        var chosen = placed
            .GroupBy(p => (p.Agency.Key, Year: p.Report.Year!.Value))
            .Select(g =>
            {
                var ordered = g.OrderBy(p => p.Report.StatusRank)
                    .ThenByDescending(p => p.Report.Cells.Count(c => c.Value.Value is not null))
                    .ThenBy(p => p.Report.ReportId, StringComparer.Ordinal)
                    .ToList();
                return (g.Key, First: ordered[0], Others: ordered.Skip(1).Select(p => p.Report.ReportId).ToList());
            })
            .ToList();

        var values = chosen.ToDictionary(
            c => c.Key,
            c => Indicators.All.ToDictionary(i => i.Id, i => Indicators.Evaluate(i, c.First.Report)));

        var outliers = new Dictionary<((string, int), string), string?>();
        foreach (var year in chosen.GroupBy(c => (c.Key.Year, c.First.Agency.Kind)))
        {
            var peers = year.Where(c => c.First.Report.Status == "ok").ToList();
            foreach (var indicator in Indicators.All)
            {
                var flags = Outliers.Flags([.. peers.Select(p => values[p.Key][indicator.Id].Value)]);
                for (var i = 0; i < peers.Count; i++)
                {
                    outliers[(peers[i].Key, indicator.Id)] = flags[i];
                }
            }
        }

        return [.. chosen
            .Where(c => options.Years is null || options.Years(c.Key.Year))
            .OrderBy(c => c.First.Agency.RegionCode ?? "~", StringComparer.Ordinal)
            .ThenBy(c => c.First.Agency.Agency, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Year)
            .Select(c => new CompareRow(
                c.First.Agency,
                ShortName(c.First.Agency),
                c.Key.Year,
                c.First.Report,
                c.Others,
                Indicators.All.ToDictionary(
                    i => i.Id,
                    i => new IndicatorCell(
                        values[c.Key][i.Id],
                        Change(values, c.Key, i.Id),
                        outliers.GetValueOrDefault((c.Key, i.Id))))))];
    }

    /// <summary>Whether a report can take part (a table of a template era, a year, an agency) and lies in the region:
    /// what the input needs to read the cells of.</summary>
    public bool Wanted(ReportRecord report, string? region) =>
        Comparable(report) && (region is null || placer.Directory.IsWithin(Place(report).RegionCode, region));

    private static bool Comparable(ReportRecord r) => r.Year is not null && r.Era is "2021" or "2019" && r.Agency.Length > 0;

    private AgencyPlacement Place(ReportRecord report)
    {
        var byTitle = placer.Place(report.Agency, null);
        return report.RegionCode is null || byTitle.ReportRegionCode == report.RegionCode
            ? byTitle
            : placer.Place(report.Agency, report.RegionCode);
    }

    private static decimal? Change(Dictionary<(string, int), Dictionary<string, IndicatorValue>> values, (string Key, int Year) row, string indicator) =>
        values.TryGetValue((row.Key, row.Year - 1), out var before) && before[indicator].Value is { } then && values[row][indicator].Value is { } now
            ? now - then
            : null;

    private static string ShortName(AgencyPlacement agency)
    {
        if (agency.Region is null)
        {
            return agency.Agency;
        }

        var body = agency.Key[(agency.Key.IndexOf('|', StringComparison.Ordinal) + 1)..];
        return agency.Region.Name + body;
    }
}
