using Extractor.Core.Checks;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Reports;

/// <summary>Everything the run knows about one document: one row of reports.csv and its rows in the other files.</summary>
/// <param name="ReportId">Stable id of the document's bytes (same bytes, same id).</param>
/// <param name="Source">URL or local path.</param>
/// <param name="Format">txt, html, pdf, ...</param>
/// <param name="Era">Null where the document is not a report of a template era (legacy, failed, unknown).</param>
/// <param name="IsLegacyReport">A report in the pre-2019 free form.</param>
/// <param name="Error">One line a person understands; set for failed, incomplete and inconsistent.</param>
public sealed record ReportResult(
    string ReportId,
    string Source,
    string Format,
    string? Agency,
    string? RegionCode,
    int? Year,
    Era? Era,
    bool IsLegacyReport,
    ReportStatus Status,
    string? Error,
    IReadOnlyList<CellValue> Cells,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<Section> Sections)
{
    /// <summary>Numeric cells found, the <c>cells_found</c> column.</summary>
    public int NumericCellsFound => Cells.Count(c => c.Kind == ValueKind.Number);

    /// <summary>Failed error-level identities, the <c>checks_failed</c> column; warnings are not counted.</summary>
    public int ChecksFailed => Checks.Count(c => c.FailedAsError);

    public string EraText => IsLegacyReport ? "legacy" : Era?.ToCsv() ?? string.Empty;

    /// <summary>What the reader and recogniser noticed that a person should know, whatever the status (bytes replaced, encoding guessed).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The other sources holding the same bytes, written once under the first source; empty for most reports.</summary>
    public IReadOnlyList<string> AlsoAt { get; init; } = [];

    public static ReportResult Failed(string reportId, string source, string format, string reason) =>
        new(reportId, source, format, null, null, null, null, false, ReportStatus.Failed, reason, [], [], []);
}
