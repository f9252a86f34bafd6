using Extractor.Core.Reports;
using Extractor.Core.Values;

namespace Extractor.Output;

/// <summary>values.csv: the long form, one row per cell found, with its raw text and where it was read.</summary>
public static class ValuesFile
{
    public const string FileName = "values.csv";

    public static IReadOnlyList<string> Header { get; } = ["report_id", "table", "row", "column", "value", "kind", "raw", "location"];

    public static CsvTable Table(IEnumerable<ReportResult> reports) =>
        new(FileName, Header, reports.SelectMany(r => r.Cells.Select(c => Row(r.ReportId, c))));

    private static string[] Row(string reportId, CellValue cell) =>
    [
        reportId,
        cell.Key.Table,
        cell.Key.Row,
        cell.Key.Column,
        cell.Kind == ValueKind.Number ? CsvFieldText.Number(cell.Number) : string.Empty,
        cell.Kind.ToCsv(),
        cell.Raw,
        cell.Location.Describe(),
    ];
}
