using Extractor.Core.Regions;

namespace Extractor.Output.Compare;

/// <summary>An indicator of one agency and year: its value, the change since the agency's previous year, and whether it stands far from its peers.</summary>
/// <param name="Change">This year's value minus last year's (a share's change is in shares: 0.05 is 5 percentage points); null where either is empty.</param>
/// <param name="Outlier"><c>high</c> or <c>low</c> where the value is far from its peers' (see <see cref="Outliers"/>), else null.</param>
public sealed record IndicatorCell(IndicatorValue Value, decimal? Change, string? Outlier);

/// <summary>One row of compare.csv: one agency in one year.</summary>
/// <param name="Name">A short name for charts: the region's name and the body (徐水区人民政府), or the agency's name.</param>
/// <param name="Report">The report that stands for the agency that year (ok before inconsistent before incomplete).</param>
/// <param name="OtherReports">Other reports of the same agency and year (the same report as PDF and web page, say).</param>
public sealed record CompareRow(
    AgencyPlacement Agency,
    string Name,
    int Year,
    ReportRecord Report,
    IReadOnlyList<string> OtherReports,
    IReadOnlyDictionary<string, IndicatorCell> Cells);
