using Extractor.Cli;
using Extractor.Tests.Output;

namespace Extractor.Tests.Cli;

/// <summary>File names are taken as the operating system gives them.</summary>
public sealed class InputNameTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    private string Output => _folder.Combine("out");

    private string Input(string name, string content)
    {
        var path = _folder.Combine("in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Test]
    public void ANameEndingInASpaceOrADotIsReadFromAFolder()
    {
        var spaced = Input("report.txt ", "ok\n1");
        var dotted = Input("report2.pdf.", "ok\n2");
        var plain = Input("plain.html", "ok\n3");

        var run = CommandRun.WithStandIn("parse", _folder.Combine("in"), "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(CsvFileContents.Read(Path.Combine(Output, "reports.csv")).Column("source"), Is.EqualTo(new[] { plain, spaced, dotted }));
        }
    }

    [Test]
    public void ANameEndingInASpaceIsReadByTheRealProcessor()
    {
        var spaced = _folder.Combine("in", "西坪县 2019 ");
        Directory.CreateDirectory(_folder.Combine("in"));
        File.Copy(RepoPaths.Fixture("text/2019_one_cell_per_line.txt"), spaced + ".txt ");

        var run = CommandRun.Of("parse", spaced + ".txt ", "--out", Output);

        var reports = CsvFileContents.Read(Path.Combine(Output, "reports.csv"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(reports.Column("source"), Is.EqualTo(new[] { spaced + ".txt " }));
            Assert.That(reports.Column("status"), Is.EqualTo(new[] { "ok" }));
        }
    }

    [Test]
    public void DoubleDashMakesANameStartingWithADashAPath()
    {
        var dashed = Input("-draft.txt", "ok\n1");

        var run = CommandRun.WithStandIn("parse", "--out", Output, "--", dashed.Replace(_folder.Combine("in") + "/", string.Empty, StringComparison.Ordinal));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCode.BadArguments), "relative to the current folder, which is not the input folder");
        Assert.That(run.Stderr, Does.Contain("no such file or folder: -draft.txt"));
    }

    [Test]
    public void HelpDocumentsDoubleDashAndAllowEmpty()
    {
        var help = CommandRun.Of("--help").Stdout;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(help, Does.Contain("--      ends the options"));
            Assert.That(help, Does.Contain("--allow-empty"));
        }
    }
}
