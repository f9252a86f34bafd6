namespace Extractor.Core.Regions;

/// <summary>The level of an administrative division, the <c>region_level</c> column of agencies.csv.</summary>
public enum RegionLevel
{
    /// <summary>Province, autonomous region or municipality (2-digit prefix, code ending 0000).</summary>
    Province,

    /// <summary>Prefecture-level city, prefecture, league or autonomous prefecture (code ending 00).</summary>
    City,

    /// <summary>County, county-level city, district or banner (6 digits).</summary>
    County,

    /// <summary>Township, town or sub-district (9 digits, the statistical code under its county).</summary>
    Township,
}

public static class RegionLevelNames
{
    public static string ToCsv(this RegionLevel level) => level switch
    {
        RegionLevel.Province => "province",
        RegionLevel.City => "city",
        RegionLevel.County => "county",
        RegionLevel.Township => "township",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
