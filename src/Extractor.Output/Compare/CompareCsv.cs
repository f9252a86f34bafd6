using System.Globalization;
using Extractor.Core.Regions;

namespace Extractor.Output.Compare;

/// <summary>
/// compare.csv: one row per agency and year, and for every indicator four columns: the value (a share from 0 to 1,
/// four decimals), its change since the agency's year before, its outlier flag, and the cells it was computed from
/// (<c>key=value</c>, or <c>key=blank</c> / <c>na</c> / <c>missing</c>, then why the value is empty after <c>|</c>).
/// </summary>
public static class CompareCsv
{
    public const string FileName = "compare.csv";

    public static IReadOnlyList<string> FixedColumns { get; } =
        ["agency", "region_code", "region_name", "region_level", "agency_kind", "how", "year", "report_id", "status", "source", "other_reports"];

    public static IReadOnlyList<string> Header { get; } =
        [.. FixedColumns, .. Indicators.All.SelectMany(i => new[] { i.Id, $"{i.Id}_change", $"{i.Id}_outlier", $"{i.Id}_cells" })];

    public static CsvTable Table(IEnumerable<CompareRow> rows) => new(FileName, Header, rows.Select(Row));

    /// <summary>A value as compare.csv and the page print it: shares to four decimals.</summary>
    public static string Number(decimal? value, IndicatorUnit unit) =>
        value is null ? string.Empty : (unit == IndicatorUnit.Share ? Math.Round(value.Value, 4) : value.Value).ToString(CultureInfo.InvariantCulture);

    public static string CellList(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cells = string.Join("; ", value.Cells.Select(c => $"{c.Key}={(c.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : c.Kind == "empty" ? "blank" : c.Kind)}"));
        return value.Why is null ? cells : $"{cells} | {value.Why}";
    }

    private static string[] Row(CompareRow row)
    {
        var fields = new List<string>(Header.Count)
        {
            CsvFieldText.Text(row.Agency.Agency),
            CsvFieldText.Text(row.Agency.RegionCode),
            CsvFieldText.Text(row.Agency.Region?.Name),
            row.Agency.Region?.Level.ToCsv() ?? string.Empty,
            row.Agency.Kind.ToCsv(),
            row.Agency.How.ToCsv(),
            CsvFieldText.Number(row.Year),
            row.Report.ReportId,
            row.Report.Status,
            row.Report.Source,
            string.Join(';', row.OtherReports),
        };
        foreach (var indicator in Indicators.All)
        {
            var cell = row.Cells[indicator.Id];
            fields.Add(Number(cell.Value.Value, indicator.Unit));
            fields.Add(Number(cell.Change, indicator.Unit));
            fields.Add(CsvFieldText.Text(cell.Outlier));
            fields.Add(CellList(cell.Value));
        }

        return [.. fields];
    }
}
