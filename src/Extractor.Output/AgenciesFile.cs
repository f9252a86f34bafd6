using Extractor.Core.Regions;

namespace Extractor.Output;

/// <summary>
/// agencies.csv (an addition to the contract): every agency of the run placed in its region (GB/T 2260 codes, from the
/// division list of Core/Regions/Data), how that was decided, and why not where it was not.
/// </summary>
public static class AgenciesFile
{
    public const string FileName = "agencies.csv";

    public static IReadOnlyList<string> Header { get; } =
        ["agency", "region_code", "region_name", "region_level", "parent_code", "agency_kind", "how", "region_path", "note"];

    public static CsvTable Table(IEnumerable<AgencyPlacement> agencies) => new(FileName, Header, agencies.Select(Row));

    private static string[] Row(AgencyPlacement a) =>
    [
        CsvFieldText.Text(a.Agency),
        CsvFieldText.Text(a.RegionCode),
        CsvFieldText.Text(a.Region?.Name),
        a.Region?.Level.ToCsv() ?? string.Empty,
        CsvFieldText.Text(a.Region?.ParentCode),
        a.Kind.ToCsv(),
        a.How.ToCsv(),
        CsvFieldText.Text(a.Path),
        CsvFieldText.Text(a.Note),
    ];
}
