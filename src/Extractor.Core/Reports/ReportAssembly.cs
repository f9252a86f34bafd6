using System.Globalization;
using System.Text;
using Extractor.Core.Checks;
using Extractor.Core.Recognition;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Reports;

/// <summary>
/// Runs the checks on a recognised report and decides its status: cells missing → incomplete (the parser names
/// them and why), an identity failing on a full table → inconsistent (a finding about the source), else ok.
/// </summary>
public static class ReportAssembly
{
    private const int MaxErrorLength = 480;

    public static ReportResult Assemble(string reportId, string source, string format, RecognisedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var basis = new ReportResult(
            reportId, source, format, report.Agency, null, report.Year, report.Era,
            report.Kind == DocumentKind.LegacyReport, ReportStatus.Failed, report.Reason, [], [], report.Sections)
        {
            Notes = report.Notes,
        };

        switch (report.Kind)
        {
            case DocumentKind.NotAReport:
                return basis;
            case DocumentKind.TablesMissing:
                return basis with { Status = ReportStatus.Incomplete };
            case DocumentKind.LegacyReport:
                return basis with { Status = ReportStatus.Legacy, Error = null };
        }

        if (BlankTemplate.Is(report))
        {
            return basis with { Error = BlankTemplate.Reason };
        }

        var schema = TemplateSchema.For(report.Era!.Value);
        var cells = new List<CellValue>(report.Cells.Count);
        var missing = new List<CellKey>();
        foreach (var key in schema.Cells)
        {
            if (report.Cells.TryGetValue(key, out var cell))
            {
                cells.Add(cell);
            }
            else
            {
                missing.Add(key);
            }
        }

        // A group printed as one total row (（六）其他处理 on a 2021 form) keeps its numbers under a key of its own.
        var grouped = report.Cells.Count > cells.Count;
        if (grouped)
        {
            cells.AddRange(report.Cells.Values.Where(c => !schema.Cells.Contains(c.Key)));
        }

        var checks = IdentityChecks.Evaluate(grouped ? GroupTotals.For(schema, report.Cells) : schema, report.Cells);
        checks.AddRange(NarrativeChecks.Evaluate(schema, string.Join("\n", report.Sections.Select(s => s.Text)), report.Cells));

        if (missing.Count > 0 || report.Reason is not null)
        {
            // A second report on the page is content this row does not hold: the document is not wholly read.
            var why = missing.Count == 0 ? report.Reason! : MissingSummary(schema, missing, report.Problems);
            if (missing.Count > 0 && report.Reason is not null)
            {
                why = $"{report.Reason}; {why}";
            }

            return basis with
            {
                Status = ReportStatus.Incomplete,
                Error = Shorten(WithNotes(why, report.Notes)),
                Cells = cells,
                Checks = checks,
            };
        }

        if (checks.Any(c => c.FailedAsError))
        {
            var suspects = SuspectCells.Find(schema, report.Cells, checks);
            return basis with
            {
                Status = ReportStatus.Inconsistent,
                Error = Shorten(WithNotes(FailureSummary(checks, suspects), report.Notes)),
                Cells = cells,
                Checks = checks,
            };
        }

        return basis with { Status = ReportStatus.Ok, Error = null, Cells = cells, Checks = checks };
    }

    /// <summary>Re-decides the status after cross-report checks were added (only ever from ok to inconsistent).</summary>
    public static ReportResult WithChecks(ReportResult report, IReadOnlyList<CheckResult> added)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (added.Count == 0)
        {
            return report;
        }

        var checks = report.Checks.Concat(added).ToList();
        var failures = added.Where(c => c.FailedAsError).ToList();
        if (failures.Count == 0)
        {
            return report with { Checks = checks };
        }

        var summary = FailureSummary(failures, []);
        return report.Status switch
        {
            ReportStatus.Ok => report with { Checks = checks, Status = ReportStatus.Inconsistent, Error = Shorten(summary) },
            ReportStatus.Inconsistent => report with { Checks = checks, Error = Shorten($"{report.Error}; {summary}") },
            _ => report with { Checks = checks },
        };
    }

    private static string MissingSummary(TemplateSchema schema, List<CellKey> missing, IReadOnlyList<PlacementProblem> problems)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{missing.Count} of {schema.Cells.Count} cells not placed");
        var explained = new HashSet<CellKey>();
        foreach (var p in problems)
        {
            sb.Append("; ").Append(p.Message);
            explained.UnionWith(p.Cells);
        }

        var unexplained = missing.Where(k => !explained.Contains(k)).ToList();
        if (unexplained.Count > 0)
        {
            var byTable = unexplained.GroupBy(k => k.Table).Select(g =>
            {
                var rows = g.Select(k => k.Row).Distinct().ToList();
                var all = schema.Table(g.Key).Rows.Count == rows.Count;
                return all ? $"table {g.Key}" : $"{g.Key} rows {Range(rows)}";
            });
            sb.Append("; not found: ").AppendJoin(", ", byTable);
        }

        return sb.ToString();
    }

    /// <summary>What the reader and recogniser noticed (encoding guessed, title and period years disagree) may explain the rest.</summary>
    private static string WithNotes(string text, IReadOnlyList<string> notes) =>
        notes.Count == 0 ? text : $"{text}; notes: {string.Join("; ", notes)}";

    private static string Range(List<string> rows) =>
        rows.Count <= 3 ? string.Join(" ", rows) : $"{rows[0]} … {rows[^1]} ({rows.Count} rows)";

    private static string FailureSummary(IReadOnlyList<CheckResult> checks, IReadOnlyList<SuspectCell> suspects)
    {
        var failing = checks.Where(c => c.FailedAsError).ToList();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{failing.Count} {(failing.Count == 1 ? "identity fails" : "identities fail")} in the source: ");
        sb.AppendJoin(", ", failing.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Check}[{c.Scope}] {c.Expected} ≠ {c.Actual}")));
        if (suspects.Count == 1)
        {
            var s = suspects[0];
            sb.Append(CultureInfo.InvariantCulture, $"; one cell explains every failure: {s.Cell.Key} printed '{s.Cell.Raw.Trim()}' at {s.Cell.Location}, {s.Fitting} would satisfy all");
        }
        else if (suspects.Count > 1)
        {
            sb.Append("; any one of these cells would explain every failure: ")
              .AppendJoin(", ", suspects.Take(4).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Cell.Key} ({s.Cell.Raw.Trim()}→{s.Fitting})")));
        }

        return sb.ToString();
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= MaxErrorLength ? line : string.Concat(line.AsSpan(0, MaxErrorLength - 1), "…");
    }
}
