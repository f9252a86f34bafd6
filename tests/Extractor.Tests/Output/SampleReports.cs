using Extractor.Core.Checks;
using Extractor.Core.Documents;
using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Tests.Output;

/// <summary>Reports written out by hand, so the output tests do not depend on the readers.</summary>
public static class SampleReports
{
    public static readonly CellKey NewReceivedTotal = new("applications", "new_received", "total");
    public static readonly CellKey CarriedOverTotal = new("applications", "carried_over", "total");
    public static readonly CellKey FeesAmount = new("active", "fees", "amount_10k_yuan");
    public static readonly CellKey ReviewTotal = new("review_litigation", "review", "total");

    public static ReportResult Complete2021 { get; } = new(
        ReportId: "0123456789abcdef",
        Source: "fixtures/2021/某区政府.html",
        Format: "html",
        Agency: "北京市某区人民政府",
        RegionCode: "110105",
        Year: 2021,
        Era: Era.Template2021,
        IsLegacyReport: false,
        Status: ReportStatus.Inconsistent,
        Error: "balance fails in column total: 22 + 3 ≠ 24",
        Cells:
        [
            new(NewReceivedTotal, ValueKind.Number, 22m, "22", new TableCellLocation(3, 4, 9)),
            new(CarriedOverTotal, ValueKind.Number, 3m, "3", new TableCellLocation(3, 5, 9)),
            new(FeesAmount, ValueKind.Number, 1.50m, "1.50", new TableCellLocation(2, 8, 2)),
            new(ReviewTotal, ValueKind.NotApplicable, null, "—", new TableCellLocation(4, 3, 5)),
            new(new("review_litigation", "review", "upheld"), ValueKind.Empty, null, string.Empty, new TableCellLocation(4, 3, 1)),
        ],
        Checks:
        [
            new("balance", "total", 25m, 24m, CheckOutcome.Fail, [NewReceivedTotal, CarriedOverTotal], Severity.Error),
            new("row_total", "new_received", 22m, 22m, CheckOutcome.Pass, [NewReceivedTotal], Severity.Error),
            new("review_total", "review", null, null, CheckOutcome.NotAssessable, [ReviewTotal], Severity.Error),
            new("narrative", "new_received", 21m, 22m, CheckOutcome.Fail, [NewReceivedTotal], Severity.Warning),
        ],
        Sections:
        [
            new(1, "一、总体情况", "2021年，区政府坚持……"),
            new(5, "五、存在的主要问题及改进情况", "问题一，\"公开\"不够及时,\n改进：加强培训。"),
        ]);

    public static ReportResult Legacy { get; } = new(
        "fedcba9876543210", "fixtures/legacy/2016.txt", "txt", "某县人民政府", null, 2016, null, true, ReportStatus.Legacy, null, [], [],
        [new(1, "一、概述", "=HYPERLINK(\"http://example.invalid\")")]);

    public static ReportResult Failed { get; } = ReportResult.Failed("00000000deadbeef", "fixtures/broken.pdf", "pdf", "scanned PDF: no text layer");

    public static IReadOnlyList<ReportResult> All { get; } = [Complete2021, Legacy, Failed];
}
