namespace Extractor.Core.Regions;

/// <summary>One administrative division of the directory.</summary>
/// <param name="Code">Six digits for a province (130000), city (130600) or county (130609); nine for a township.</param>
/// <param name="ParentCode">The division it belongs to; a municipality's districts and a province's directly
/// administered counties belong to the province (the statistical 市辖区 and 省直辖县级行政区划 are not places).</param>
public sealed record Division(string Code, string Name, RegionLevel Level, string? ParentCode)
{
    /// <summary>The six-digit code reports.csv takes: a township's county.</summary>
    public string CountyCode => Code[..6];
}
