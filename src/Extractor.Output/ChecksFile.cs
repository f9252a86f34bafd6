using Extractor.Core.Checks;
using Extractor.Core.Reports;

namespace Extractor.Output;

/// <summary>checks.csv: one row per identity evaluated.</summary>
public static class ChecksFile
{
    public const string FileName = "checks.csv";

    public const char CellSeparator = ';';

    public static IReadOnlyList<string> Header { get; } = ["report_id", "check", "scope", "expected", "actual", "result", "cells"];

    public static CsvTable Table(IEnumerable<ReportResult> reports) =>
        new(FileName, Header, reports.SelectMany(r => r.Checks.Select(c => Row(r.ReportId, c))));

    private static string[] Row(string reportId, CheckResult check) =>
    [
        reportId,
        check.Check,
        check.Scope,
        CsvFieldText.Number(check.Expected),
        CsvFieldText.Number(check.Actual),
        check.Outcome.ToCsv(),
        string.Join(CellSeparator, check.Cells.Select(k => k.ToString())),
    ];
}
