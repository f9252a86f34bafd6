using System.Globalization;
using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Output;

/// <summary>reports.csv: one row per document, the fixed columns and then one column per template cell.</summary>
public static class ReportsFile
{
    public const string FileName = "reports.csv";

    public static IReadOnlyList<string> FixedColumns { get; } =
        ["report_id", "source", "agency", "region_code", "year", "era", "format", "status", "error", "cells_found", "checks_failed"];

    /// <summary>Added after the cell columns, so no column of the contract moves: what the reader noticed, and the twins' sources.</summary>
    public static IReadOnlyList<string> TrailingColumns { get; } = ["notes", "also_at"];

    /// <summary>Separates the sources in <c>also_at</c> and the notes in <c>notes</c>.</summary>
    public const string ListSeparator = "; ";

    /// <summary>The fixed columns, then <see cref="ReportColumns.Cells"/> named <c>table.row.column</c>, then <see cref="TrailingColumns"/>.</summary>
    public static IReadOnlyList<string> Header { get; } = [.. FixedColumns, .. ReportColumns.Cells.Select(c => c.ToString()), .. TrailingColumns];

    public static CsvTable Table(IEnumerable<ReportResult> reports) => new(FileName, Header, reports.Select(Row));

    private static string[] Row(ReportResult report)
    {
        var row = new string[Header.Count];
        row[0] = report.ReportId;
        row[1] = report.Source;
        row[2] = CsvFieldText.Text(report.Agency);
        row[3] = CsvFieldText.Text(report.RegionCode);
        row[4] = CsvFieldText.Number(report.Year);
        row[5] = report.EraText;
        row[6] = report.Format;
        row[7] = report.Status.ToCsv();
        row[8] = CsvFieldText.Text(report.Error);
        row[9] = CsvFieldText.Number(report.NumericCellsFound);
        row[10] = CsvFieldText.Number(report.ChecksFailed);

        var numbers = new Dictionary<CellKey, decimal>();
        foreach (var cell in report.Cells)
        {
            if (cell is { Kind: ValueKind.Number, Number: { } number })
            {
                numbers.TryAdd(cell.Key, number);
            }
        }

        for (var i = 0; i < ReportColumns.Cells.Count; i++)
        {
            row[FixedColumns.Count + i] = numbers.TryGetValue(ReportColumns.Cells[i], out var number)
                ? CsvFieldText.Number(number)
                : string.Empty;
        }

        row[^2] = string.Join(ListSeparator, report.Notes.Concat(CutSections(report)));
        row[^1] = string.Join(ListSeparator, report.AlsoAt);
        return row;
    }

    private static IEnumerable<string> CutSections(ReportResult report) =>
        report.Sections
            .Where(s => s.Text.Length > SectionsFile.MaxFieldLength || s.Heading.Length > SectionsFile.MaxFieldLength)
            .Select(s => string.Create(
                CultureInfo.InvariantCulture,
                $"section {s.Number} has {Math.Max(s.Text.Length, s.Heading.Length):N0} characters: cut to {SectionsFile.MaxFieldLength:N0} in {SectionsFile.FileName}"));
}
