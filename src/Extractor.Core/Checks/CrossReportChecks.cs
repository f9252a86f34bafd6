using System.Text.RegularExpressions;
using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Checks;

/// <summary>
/// carry_chain and in_force_chain: identities between the reports of one agency in consecutive years of the same run.
/// Results are added to the later year's report.
/// </summary>
public static partial class CrossReportChecks
{
    private static readonly string[] InForceRows = ["rules", "normative_documents"];

    /// <summary>Returns the reports, in the same order, with the cross-report check results added and statuses updated.</summary>
    public static IReadOnlyList<ReportResult> Apply(IReadOnlyList<ReportResult> reports) => Apply(reports, null);

    /// <param name="reports">The run's reports.</param>
    /// <param name="agencyKey">Who a report's agency is across years (its region and body, see Regions.AgencyPlacement),
    /// or null (or a null key) for the region code and folded name.</param>
    public static IReadOnlyList<ReportResult> Apply(IReadOnlyList<ReportResult> reports, Func<ReportResult, string?>? agencyKey)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var comparable = reports
            .Where(r => r.Era is not null && r.Year is not null && !string.IsNullOrWhiteSpace(r.Agency))
            .GroupBy(r => (Agency: agencyKey?.Invoke(r) ?? $"{r.RegionCode}|{AgencyKey(r.Agency!)}", r.Year))
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.ReportId).Select(x => x.First()).ToList());

        var added = new Dictionary<ReportResult, List<CheckResult>>(ReferenceEqualityComparer.Instance);
        foreach (var ((agency, year), current) in comparable)
        {
            if (!comparable.TryGetValue((agency, year - 1), out var previous))
            {
                continue;
            }

            foreach (var report in current)
            {
                var results = new List<CheckResult>();
                foreach (var prior in previous)
                {
                    results.AddRange(CarryChain(prior, report));
                    results.AddRange(InForceChain(prior, report));
                }

                added[report] = results;
            }
        }

        return [.. reports.Select(r => added.TryGetValue(r, out var extra) ? ReportAssembly.WithChecks(r, extra) : r)];
    }

    private static IEnumerable<CheckResult> CarryChain(ReportResult prior, ReportResult report)
    {
        var before = Cells(prior);
        var now = Cells(report);
        foreach (var column in TemplateSchema.For(report.Era!.Value).Table("applications").Row("carried_over").Columns)
        {
            var forward = new CellKey("applications", "carried_forward", column.Key);
            var over = new CellKey("applications", "carried_over", column.Key);
            decimal? expected = before.TryGetValue(forward, out var f) ? f.Number : null;
            decimal? actual = now.TryGetValue(over, out var o) ? o.Number : null;
            yield return new CheckResult(
                "carry_chain", $"{column.Key} from {prior.ReportId}", expected, actual,
                Outcome(expected, actual), [forward, over], Severity.Error);
        }
    }

    private static IEnumerable<CheckResult> InForceChain(ReportResult prior, ReportResult report)
    {
        if (prior.Era != Era.Template2021 || report.Era != Era.Template2021)
        {
            yield break;
        }

        var before = Cells(prior);
        var now = Cells(report);
        foreach (var row in InForceRows)
        {
            var inForceBefore = new CellKey("active", row, "in_force");
            var issued = new CellKey("active", row, "issued");
            var repealed = new CellKey("active", row, "repealed");
            var inForce = new CellKey("active", row, "in_force");
            decimal? expected = before.GetValueOrDefault(inForceBefore)?.Number + now.GetValueOrDefault(issued)?.Number - now.GetValueOrDefault(repealed)?.Number;
            decimal? actual = now.GetValueOrDefault(inForce)?.Number;
            yield return new CheckResult(
                "in_force_chain", $"{row} from {prior.ReportId}", expected, actual,
                Outcome(expected, actual), [inForceBefore, issued, repealed, inForce], Severity.Warning);
        }
    }

    private static CheckOutcome Outcome(decimal? expected, decimal? actual) =>
        expected is null || actual is null ? CheckOutcome.NotAssessable : expected == actual ? CheckOutcome.Pass : CheckOutcome.Fail;

    private static Dictionary<CellKey, CellValue> Cells(ReportResult r) => r.Cells.ToDictionary(c => c.Key);

    /// <summary>One agency however its name was spaced or punctuated in different years' titles.</summary>
    private static string AgencyKey(string agency) => NonWord().Replace(Text.LabelFold.Fold(agency), string.Empty);

    [GeneratedRegex(@"[\s\p{P}]")]
    private static partial Regex NonWord();
}
