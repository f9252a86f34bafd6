using Extractor.Core.Checks;
using Extractor.Core.Schema;
using Extractor.Core.Values;
using FsCheck;
using FsProperty = FsCheck.NUnit.PropertyAttribute;

namespace Extractor.Tests.Checks;

public class IdentityCheckTests
{
    private static TemplateSchema SchemaOf(bool era2019) => era2019 ? Templates.Template2019 : Templates.Template2021;

    [FsProperty]
    public bool A_consistent_report_passes_every_identity(int seed, bool era2019)
    {
        var schema = SchemaOf(era2019);
        var checks = IdentityChecks.Evaluate(schema, ConsistentCells.Make(schema, seed));
        return checks.Count == 7 + 7 + schema.Table("applications").Rows.Count + 3 && checks.All(c => c.Outcome == CheckOutcome.Pass);
    }

    [FsProperty]
    public bool One_changed_cell_fails_its_identities_and_is_named_as_the_suspect(int seed, PositiveInt pick, NonZeroInt delta, bool era2019)
    {
        var schema = SchemaOf(era2019);
        var cells = ConsistentCells.Make(schema, seed);
        var checkedKeys = schema.Identities.SelectMany(i => IdentityChecks.Scopes(schema.Table(i.Table), i)).SelectMany(s => s.Left.Concat(s.Right)).Distinct().ToList();
        var key = checkedKeys[pick.Get % checkedKeys.Count];
        var original = cells[key].Number!.Value;
        var changed = Math.Max(0, original + delta.Get);
        if (changed == original)
        {
            return true;
        }

        cells[key] = cells[key] with { Number = changed };
        var checks = IdentityChecks.Evaluate(schema, cells);
        var suspects = SuspectCells.Find(schema, cells, checks);
        return checks.Any(c => c.FailedAsError)
            && checks.Where(c => c.FailedAsError).All(c => c.Cells.Contains(key))
            && suspects.Any(s => s.Cell.Key == key && s.Fitting == original);
    }

    [Test]
    public void Blank_and_na_cells_make_a_scope_not_assessable_not_failed()
    {
        var schema = Templates.Template2021;
        var cells = ConsistentCells.Make(schema, 1);
        var key = CellKey.Parse("applications.granted.business");
        cells[key] = cells[key] with { Kind = ValueKind.NotApplicable, Number = null };
        var checks = IdentityChecks.Evaluate(schema, cells);
        Assert.Multiple(() =>
        {
            Assert.That(checks.Single(c => c.Check == "results_sum" && c.Scope == "business").Outcome, Is.EqualTo(CheckOutcome.NotAssessable));
            Assert.That(checks.Single(c => c.Check == "row_total" && c.Scope == "granted").Outcome, Is.EqualTo(CheckOutcome.NotAssessable));
            Assert.That(checks.Where(c => !c.Cells.Contains(key)).Select(c => c.Outcome), Is.All.EqualTo(CheckOutcome.Pass));
        });
    }

    [Test]
    public void Balance_reports_both_sides()
    {
        var schema = Templates.Template2021;
        var cells = ConsistentCells.Make(schema, 3);
        var key = CellKey.Parse("applications.carried_forward.total");
        cells[key] = cells[key] with { Number = cells[key].Number + 2 };
        var balance = IdentityChecks.Evaluate(schema, cells).Single(c => c.Check == "balance" && c.Scope == "total");
        Assert.Multiple(() =>
        {
            Assert.That(balance.Outcome, Is.EqualTo(CheckOutcome.Fail));
            Assert.That(balance.Actual - balance.Expected, Is.EqualTo(2));
            Assert.That(balance.Cells.Select(c => c.ToString()), Is.EquivalentTo(new[]
            {
                "applications.new_received.total", "applications.carried_over.total",
                "applications.total_processed.total", "applications.carried_forward.total",
            }));
        });
    }
}
