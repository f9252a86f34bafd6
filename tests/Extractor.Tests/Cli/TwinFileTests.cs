using Extractor.Cli;
using Extractor.Tests.Output;

namespace Extractor.Tests.Cli;

/// <summary>Byte-identical files are one report, so a merge on report_id never multiplies rows.</summary>
public sealed class TwinFileTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    private string Output => _folder.Combine("out");

    private CsvFileContents Read(string file) => CsvFileContents.Read(Path.Combine(Output, file));

    private string Copy(string fixture, string relative)
    {
        var path = _folder.Combine("in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(RepoPaths.Fixture(fixture), path);
        return path;
    }

    [Test]
    public void TwinFilesGiveOneRowListingTheOtherSourcesAndTheirRowsOnce()
    {
        const string report = "text/2019_one_cell_per_line.txt";
        var first = Copy(report, "a/report.txt");
        var second = Copy(report, "b/copy.txt");
        var third = Copy(report, "c/again.txt");
        var other = Copy("html/2021_portal_p_per_cell.html", "d/other.html");
        var single = CommandRun.Of("parse", first, "--out", _folder.Combine("single"));
        var alone = CsvFileContents.Read(Path.Combine(_folder.Combine("single"), "values.csv")).Rows.Count;

        var run = CommandRun.Of("parse", _folder.Combine("in"), "--out", Output);

        var reports = Read("reports.csv");
        var id = reports.Field(0, "report_id");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(single.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(reports.Column("source"), Is.EqualTo(new[] { first, other }));
            Assert.That(reports.Column("report_id"), Is.Unique);
            Assert.That(reports.Field(0, "also_at"), Is.EqualTo($"{second}; {third}"));
            Assert.That(reports.Field(1, "also_at"), Is.Empty);
            Assert.That(Read("values.csv").Column("report_id").Count(r => r == id), Is.EqualTo(alone));
            Assert.That(Read("checks.csv").Rows.GroupBy(r => string.Join(",", r)).Where(g => g.Count() > 1), Is.Empty);
            Assert.That(Read("sections.csv").Rows.Where(r => r[0] == id).Select(r => r[1]), Is.Not.Empty.And.Unique);
            Assert.That(run.Stdout, Does.Contain("2 identical copies written once (also_at)"));
        }
    }

    [Test]
    public void FilesThatCannotBeReadAreNeverTakenForTwins()
    {
        var input = _folder.Combine("in");
        Directory.CreateDirectory(input);
        File.CreateSymbolicLink(Path.Combine(input, "a.pdf"), _folder.Combine("nowhere-a.pdf"));
        File.CreateSymbolicLink(Path.Combine(input, "b.pdf"), _folder.Combine("nowhere-b.pdf"));

        var run = CommandRun.WithStandIn("parse", input, "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(Read("reports.csv").Rows, Has.Count.EqualTo(2));
            Assert.That(Read("reports.csv").Column("also_at"), Is.All.Empty);
        }
    }
}
