using Extractor.Cli;
using Extractor.Output.Compare;
using Extractor.Tests.Cli;
using Extractor.Tests.Output;

namespace Extractor.Tests.Compare;

public sealed class CompareCommandTests
{
    private DistrictComparison _run = null!;

    [OneTimeSetUp]
    public void Run() => _run = new DistrictComparison();

    [OneTimeTearDown]
    public void Remove() => _run.Dispose();

    private List<Dictionary<string, string>> CompareRows()
    {
        var file = CsvFileContents.Read(Path.Combine(_run.CompareFolder, "compare.csv"));
        return [.. file.Rows.Select(r => file.Header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h.TrimStart('\ufeff'), p => p.Item2))];
    }

    [Test]
    public void ParseWritesEveryDistrictPlacedInItsCounty()
    {
        var agencies = CsvFileContents.Read(Path.Combine(_run.Output, "agencies.csv"));
        var reports = CsvFileContents.Read(Path.Combine(_run.Output, "reports.csv"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_run.Parse.ExitCode, Is.EqualTo(ExitCode.Completed), _run.Parse.Stderr);
            Assert.That(agencies.Column("region_code"), Is.EquivalentTo(new[] { "130602", "130606", "130607", "130608", "130609" }));
            Assert.That(agencies.Column("parent_code"), Has.All.EqualTo("130600"));
            Assert.That(agencies.Column("region_level"), Has.All.EqualTo("county"));
            Assert.That(agencies.Column("agency_kind"), Has.All.EqualTo("government"));
            Assert.That(agencies.Column("how"), Has.All.EqualTo("title"));
            Assert.That(reports.Column("region_code"), Has.All.Matches<string>(c => c.StartsWith("1306", StringComparison.Ordinal)));
        }
    }

    [Test]
    public void CompareWritesOneRowPerDistrictAndYear()
    {
        var compare = CsvFileContents.Read(Path.Combine(_run.CompareFolder, "compare.csv"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_run.Compare.ExitCode, Is.EqualTo(ExitCode.Completed), _run.Compare.Stderr);
            Assert.That(_run.Compare.Stdout, Does.StartWith("compared 5 agencies in 河北省 保定市 (130600): 10 agency-years, 2 inconsistent or incomplete"));
            Assert.That(compare.Column("year"), Has.Exactly(5).EqualTo("2022").And.Exactly(5).EqualTo("2023"));
            Assert.That(compare.Column("status"), Has.Exactly(1).EqualTo("inconsistent").And.Exactly(1).EqualTo("incomplete"));
            Assert.That(File.Exists(_run.Page), Is.True);
        }
    }

    [Test]
    public void BlankCellsLeaveTheirSharesEmptyAndSaySo()
    {
        var blank = CompareRows().Single(r => r["agency"] == "保定市清苑区人民政府" && r["year"] == "2023");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(blank["received_carried_over"], Is.Empty);
            Assert.That(blank["received_carried_over_cells"], Does.Contain("applications.carried_over.total=blank | applications.carried_over.total is blank"));
            Assert.That(blank["received_new"], Is.Not.Empty);
        }
    }

    [Test]
    public void TheSecondYearCarriesItsChange()
    {
        var rows = CompareRows().Where(r => r["agency"] == "保定市徐水区人民政府").OrderBy(r => r["year"], StringComparer.Ordinal).ToList();
        var change = decimal.Parse(rows[1]["received_new"], System.Globalization.CultureInfo.InvariantCulture) - decimal.Parse(rows[0]["received_new"], System.Globalization.CultureInfo.InvariantCulture);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows[0]["received_new_change"], Is.Empty);
            Assert.That(decimal.Parse(rows[1]["received_new_change"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(change));
        }
    }

    [Test]
    public void AFolderWithoutReportsCsvIsABadArgument()
    {
        using var folder = new TemporaryFolder();
        var run = CommandRun.Of("compare", folder.Path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.BadArguments));
            Assert.That(run.Stderr, Does.StartWith("extractor: no reports.csv in "));
        }
    }

    [Test]
    public void WithoutValuesCsvTheNumbersOfReportsCsvServeAndTooManyRowsWriteNoPage()
    {
        using var folder = new TemporaryFolder();
        var lines = new List<string> { "report_id,source,agency,region_code,year,era,format,status,error,cells_found,checks_failed,applications.new_received.total" };
        lines.AddRange(Enumerable.Range(0, ComparePage.MaxRows + 1).Select(i => $"{i:x16},r{i}.txt,机构{i},,2023,2021,txt,ok,,200,0,{i}"));
        File.WriteAllLines(folder.Combine("reports.csv"), lines);

        var run = CommandRun.Of("compare", folder.Path);
        var compare = CsvFileContents.Read(folder.Combine("compare.csv"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(run.Stderr, Does.Contain("too many for one page"));
            Assert.That(File.Exists(folder.Combine("compare.html")), Is.False);
            Assert.That(compare.Rows, Has.Count.EqualTo(ComparePage.MaxRows + 1));
            Assert.That(compare.Column("received_new").Select(int.Parse).Order(), Is.EqualTo(Enumerable.Range(0, ComparePage.MaxRows + 1)));
            Assert.That(compare.Column("granted_share"), Has.All.Empty, "cells reports.csv does not hold are missing, not zero");
        }
    }

    [TestCase("--region", "1306")]
    [TestCase("--region", "999999")]
    [TestCase("--years", "soon")]
    public void BadOptionsAreRefused(string option, string value)
    {
        var run = CommandRun.Of("compare", _run.Output, option, value);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCode.BadArguments), run.Stderr);
    }

    [Test]
    public void TheYearsOptionKeepsOnlyThoseYears()
    {
        using var folder = new TemporaryFolder();
        var run = CommandRun.Of("compare", _run.Output, "--years", "2023", "--out", folder.Path);
        var compare = CsvFileContents.Read(Path.Combine(folder.Path, "compare.csv"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(compare.Column("year"), Is.EqualTo(Enumerable.Repeat("2023", 5)));
        }
    }
}
