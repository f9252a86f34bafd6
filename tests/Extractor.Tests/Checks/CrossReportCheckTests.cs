using Extractor.Core.Checks;
using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Tests.Checks;

public class CrossReportCheckTests
{
    private static ReportResult Report(string id, string agency, int year, int seed, Action<Dictionary<CellKey, CellValue>>? change = null)
    {
        var cells = ConsistentCells.Make(Templates.Template2021, seed);
        change?.Invoke(cells);
        return new ReportResult(id, id + ".txt", "txt", agency, null, year, Era.Template2021, false, ReportStatus.Ok, null, [.. cells.Values], [], []);
    }

    private static void Set(Dictionary<CellKey, CellValue> cells, string key, decimal value)
    {
        var k = CellKey.Parse(key);
        cells[k] = cells[k] with { Number = value };
    }

    [Test]
    public void Carried_over_must_equal_last_years_carried_forward()
    {
        var earlier = Report("a", "某县人民政府办公室", 2023, 1, c => Set(c, "applications.carried_forward.total", 4));
        var later = Report("b", "某县 人民政府办公室", 2024, 2, c => Set(c, "applications.carried_over.total", 3));
        var results = CrossReportChecks.Apply([earlier, later]);
        var chain = results[1].Checks.Single(c => c.Check == "carry_chain" && c.Scope.StartsWith("total", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That((chain.Expected, chain.Actual, chain.Outcome), Is.EqualTo(((decimal?)4, (decimal?)3, CheckOutcome.Fail)));
            Assert.That(results[1].Status, Is.EqualTo(ReportStatus.Inconsistent));
            Assert.That(results[1].Error, Does.Contain("carry_chain"));
            Assert.That(results[0].Checks, Is.Empty);
        });
    }

    [Test]
    public void In_force_chain_is_a_warning_that_leaves_the_status_alone()
    {
        var earlier = Report("a", "某局", 2023, 5, c =>
        {
            Set(c, "applications.carried_forward.total", 0);
            Set(c, "active.rules.in_force", 10);
        });
        var later = Report("b", "某局", 2024, 6, c =>
        {
            Set(c, "applications.carried_over.total", 0);
            Set(c, "active.rules.issued", 2);
            Set(c, "active.rules.repealed", 1);
            Set(c, "active.rules.in_force", 9);
        });
        foreach (var col in new[] { "natural_person", "business", "research", "social_welfare", "legal_service", "other_org" })
        {
            earlier.Cells.OfType<CellValue>().ToList();
        }

        var results = CrossReportChecks.Apply([earlier, later]);
        var chain = results[1].Checks.Single(c => c.Check == "in_force_chain" && c.Scope.StartsWith("rules", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That((chain.Expected, chain.Actual, chain.Outcome, chain.Severity), Is.EqualTo(((decimal?)11, (decimal?)9, CheckOutcome.Fail, Severity.Warning)));
            Assert.That(results[1].ChecksFailed, Is.EqualTo(results[1].Checks.Count(c => c.FailedAsError)));
        });
    }

    [Test]
    public void Different_agencies_and_gaps_in_years_are_not_chained()
    {
        var results = CrossReportChecks.Apply([Report("a", "甲局", 2022, 1), Report("b", "乙局", 2023, 2), Report("c", "甲局", 2024, 3)]);
        Assert.That(results.SelectMany(r => r.Checks), Is.Empty);
    }
}
