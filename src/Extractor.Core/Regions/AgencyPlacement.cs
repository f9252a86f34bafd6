namespace Extractor.Core.Regions;

/// <summary>One agency placed in its region: a row of agencies.csv.</summary>
/// <param name="Agency">The agency as reports.csv names it.</param>
/// <param name="SourceCode">The region code a sources CSV gave, or null.</param>
/// <param name="Region">The division, or null where none or several fit.</param>
/// <param name="Key">Who the agency is across years however its title spelled it: the region and the body's name
/// (130609|人民政府办公室 for both 保定市徐水区人民政府办公室 and 徐水区人民政府办公室).</param>
public sealed record AgencyPlacement(
    string Agency,
    string? SourceCode,
    Division? Region,
    string? Path,
    AgencyKind Kind,
    PlacementHow How,
    string? Note,
    string Key)
{
    /// <summary>The code agencies.csv shows: the division's (9 digits for a township), else the sources CSV's.</summary>
    public string? RegionCode => Region?.Code ?? SourceCode;

    /// <summary>The six-digit code reports.csv takes (a township's county).</summary>
    public string? ReportRegionCode => Region?.CountyCode ?? SourceCode;
}
