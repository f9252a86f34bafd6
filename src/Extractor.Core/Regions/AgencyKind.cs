namespace Extractor.Core.Regions;

/// <summary>What kind of body an agency is, the <c>agency_kind</c> column of agencies.csv.</summary>
public enum AgencyKind
{
    /// <summary>A people's government itself (徐水区人民政府).</summary>
    Government,

    /// <summary>A government's general office (人民政府办公室, 办公厅), which often publishes the government's report.</summary>
    Office,

    /// <summary>A department of a government (市场监督管理局, 教育委员会, 卫生健康委).</summary>
    Department,

    /// <summary>A township, town or sub-district (镇人民政府, 街道办事处).</summary>
    Township,

    /// <summary>A development zone's administrative committee (管理委员会, 管委会).</summary>
    Zone,

    /// <summary>None of these, or no name.</summary>
    Other,
}

public static class AgencyKinds
{
    private static readonly string[] DepartmentEndings = ["局", "厅", "委员会", "委", "办公室", "办", "署", "中心", "院", "所", "站", "队", "馆", "部", "处", "会"];

    private static readonly string[] TownshipEndings = ["镇人民政府", "乡人民政府", "镇政府", "乡政府", "街道办事处", "苏木人民政府"];

    public static string ToCsv(this AgencyKind kind) => kind switch
    {
        AgencyKind.Government => "government",
        AgencyKind.Office => "office",
        AgencyKind.Department => "department",
        AgencyKind.Township => "township",
        AgencyKind.Zone => "zone",
        AgencyKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind from the name after its place names, and the level of the place found.</summary>
    /// <param name="body">The name after its place names (or the whole name where no place was found).</param>
    /// <param name="whole">The whole name, for a township whose own name was not found.</param>
    public static AgencyKind Of(string body, string whole, RegionLevel? level)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(whole);
        if (whole.Length == 0)
        {
            return AgencyKind.Other;
        }

        if (body.Contains("管理委员会", StringComparison.Ordinal) || body.Contains("管委会", StringComparison.Ordinal))
        {
            return AgencyKind.Zone;
        }

        var townshipBody = body.Length == 0 || body.StartsWith("人民政府", StringComparison.Ordinal) || body.StartsWith("政府", StringComparison.Ordinal) || body.StartsWith("办事处", StringComparison.Ordinal);
        if ((level == RegionLevel.Township && townshipBody) || (level is null && TownshipEndings.Any(e => whole.EndsWith(e, StringComparison.Ordinal))))
        {
            return AgencyKind.Township;
        }

        if (body.Contains("政府办公", StringComparison.Ordinal) || body is "政府办" or "人民政府办")
        {
            return AgencyKind.Office;
        }

        var governmentName = body is "人民政府" or "政府" || (level is null && (whole.EndsWith("人民政府", StringComparison.Ordinal) || whole.EndsWith("政府", StringComparison.Ordinal)));
        if (governmentName || (body.Length == 0 && level is not null))
        {
            return AgencyKind.Government;
        }

        return DepartmentEndings.Any(e => body.EndsWith(e, StringComparison.Ordinal)) ? AgencyKind.Department : AgencyKind.Other;
    }
}
