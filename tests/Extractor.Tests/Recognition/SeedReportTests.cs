using Extractor.Core.Checks;
using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.Core.Values;
using Extractor.Readers;

namespace Extractor.Tests.Recognition;

/// <summary>The real report the project started from: every one of its 200 values, as report-format.md lists them.</summary>
public class SeedReportTests
{
    private static ReportResult Seed()
    {
        var path = RepoPaths.Fixture("seed", "000_b6050632e8bc8358.txt");
        return new DocumentProcessor().Process(File.ReadAllBytes(path), path);
    }

    [Test]
    public void Seed_is_a_2021_report_of_the_Xushui_district_office_for_2024()
    {
        var r = Seed();
        Assert.Multiple(() =>
        {
            Assert.That(r.Error, Is.Null);
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Ok));
            Assert.That(r.Era, Is.EqualTo(Era.Template2021));
            Assert.That(r.Year, Is.EqualTo(2024));
            Assert.That(r.Agency, Is.EqualTo("保定市徐水区人民政府办公室"));
            Assert.That(r.Format, Is.EqualTo("txt"));
            Assert.That(r.ReportId, Does.Match("^[0-9a-f]{16}$"));
            Assert.That(Seed().ReportId, Is.EqualTo(r.ReportId));
        });
    }

    [Test]
    public void Seed_gives_all_200_values_exactly()
    {
        var r = Seed();
        var expected = ExpectedSeedValues();
        var actual = r.Cells.ToDictionary(c => c.Key.ToString(), c => c.Number);
        Assert.Multiple(() =>
        {
            Assert.That(r.Cells, Has.Count.EqualTo(200));
            Assert.That(r.Cells.All(c => c.Kind == ValueKind.Number), Is.True);
            Assert.That(actual, Is.EquivalentTo(expected));
        });
    }

    [Test]
    public void Seed_passes_every_identity_and_its_prose_agrees()
    {
        var r = Seed();
        Assert.Multiple(() =>
        {
            Assert.That(r.Checks.Where(c => c.Check != "narrative").Select(c => c.Outcome), Is.All.EqualTo(CheckOutcome.Pass));
            Assert.That(r.Checks.Count(c => c.Check == "balance"), Is.EqualTo(7));
            Assert.That(r.Checks.Count(c => c.Check == "results_sum"), Is.EqualTo(7));
            Assert.That(r.Checks.Count(c => c.Check == "row_total"), Is.EqualTo(25));
            Assert.That(r.Checks.Count(c => c.Check == "review_total"), Is.EqualTo(3));
            Assert.That(r.Checks.Where(c => c.Check == "narrative").Select(c => c.Scope), Is.SupersetOf(new[] { "normative_issued", "normative_in_force", "total_processed" }));
            Assert.That(r.Checks.Where(c => c.Check == "narrative").Select(c => c.Outcome), Is.All.EqualTo(CheckOutcome.Pass));
        });
    }

    [Test]
    public void Seed_values_keep_their_raw_text_and_line()
    {
        var r = Seed();
        var cell = r.Cells.Single(c => c.Key.ToString() == "active.normative_documents.in_force");
        Assert.Multiple(() =>
        {
            Assert.That(cell.Raw, Is.EqualTo("9"));
            Assert.That(cell.Location.Describe(), Is.EqualTo("line 28"));
        });
    }

    [Test]
    public void Seed_has_its_six_sections()
    {
        var r = Seed();
        Assert.Multiple(() =>
        {
            Assert.That(r.Sections.Select(s => s.Number), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }));
            Assert.That(r.Sections[0].Text, Does.Contain("主动公开各类政府信息488条"));
            Assert.That(r.Sections[1].Text, Does.Not.Contain("行政许可"));
        });
    }

    /// <summary>report-format.md, "The seed report".</summary>
    private static Dictionary<string, decimal?> ExpectedSeedValues()
    {
        var values = Templates.Template2021.Cells.ToDictionary(k => k.ToString(), _ => (decimal?)0m);
        values["active.normative_documents.issued"] = 2;
        values["active.normative_documents.repealed"] = 2;
        values["active.normative_documents.in_force"] = 9;
        foreach (var row in new[] { "new_received", "total_processed" })
        {
            values[$"applications.{row}.natural_person"] = 22;
            values[$"applications.{row}.total"] = 22;
        }

        values["applications.granted.natural_person"] = 8;
        values["applications.granted.total"] = 8;
        values["applications.partially_granted.natural_person"] = 13;
        values["applications.partially_granted.total"] = 13;
        values["applications.denied_state_secret.natural_person"] = 1;
        values["applications.denied_state_secret.total"] = 1;
        return values;
    }
}
