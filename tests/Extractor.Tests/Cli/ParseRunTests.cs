using Extractor.Cli;
using Extractor.Tests.Output;

namespace Extractor.Tests.Cli;

public sealed class ParseRunTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    private string Output => _folder.Combine("out");

    /// <summary>A file whose first line names its status; by default its bytes are its own, so no two are twins.</summary>
    private string Input(string relative, string? content = null)
    {
        content ??= "ok\n" + relative;
        var path = _folder.Combine("in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private IEnumerable<string> Sources() => CsvFileContents.Read(Path.Combine(Output, "reports.csv")).Column("source");

    [Test]
    public void FoldersAreWalkedRecursivelyForKnownExtensionsInOrdinalOrder()
    {
        string[] documents = ["z.txt", "a/b.html", "a/c.PDF", "B/d.shtml", "a/deep/er/e.docx", "f.htm", "g.text", "h.doc", "i.wps"];
        foreach (var document in documents)
        {
            Input(document);
        }

        Input("notes.csv");
        Input("image.png");
        Input(".git/objects/x.txt");

        var run = CommandRun.WithStandIn("parse", _folder.Combine("in"), "--out", Output);

        var root = _folder.Combine("in");
        var expected = documents.Select(d => Path.Combine(root, d)).Order(StringComparer.Ordinal);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(Sources(), Is.EqualTo(expected));
        }
    }

    [Test]
    public void ANamedFileIsReadWhateverItsExtensionAndOnceWhenReachedTwice()
    {
        var odd = Input("report.aspx");
        var txt = Input("sub/a.txt");

        var run = CommandRun.WithStandIn("parse", txt, odd, _folder.Combine("in"), "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(Sources(), Is.EqualTo(new[] { odd, txt }));
        }
    }

    [Test]
    public void SymlinkedFoldersAreNotFollowedSoALoopEnds()
    {
        var report = Input("a/r.txt");
        Directory.CreateSymbolicLink(_folder.Combine("in", "a", "up"), "..");

        var run = CommandRun.WithStandIn("parse", _folder.Combine("in"), "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(Sources(), Is.EqualTo(new[] { report }));
        }
    }

    [Test]
    public void ManyFilesInParallelKeepTheirOrderAndReportProgressLines()
    {
        var paths = Enumerable.Range(0, 60).Select(i => Input($"d{i % 7}/f{i:D3}.txt", $"content {i}")).ToList();

        var run = CommandRun.WithStandIn("parse", _folder.Combine("in"), "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(Sources(), Is.EqualTo(paths.Order(StringComparer.Ordinal)));
            Assert.That(run.StderrLines, Has.Some.EqualTo("parsed 60/60 files"));
        }
    }

    [Test]
    public void TheSummaryCountsStatusesAndNamesTheOutputFolder()
    {
        Input("1.txt");
        Input("2.txt");
        Input("3.txt", "inconsistent");
        Input("4.txt", "incomplete");
        Input("5.txt", "legacy");
        Input("6.txt", "not a report");

        var run = CommandRun.WithStandIn("parse", _folder.Combine("in"), "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(run.Stdout, Is.EqualTo(
                $"parsed 6 documents: 2 ok, 1 inconsistent, 1 incomplete, 1 legacy, 1 failed → {Output}/{Environment.NewLine}"));
            Assert.That(run.Stderr, Is.Empty);
        }
    }

    [Test]
    public void AProcessorExceptionBecomesAFailedRowAndTheRunGoesOn()
    {
        Input("a.txt");
        Input("b.txt", "throw");
        Input("c.txt");

        var run = CommandRun.WithStandIn("parse", _folder.Combine("in"), "--out", Output);

        var reports = CsvFileContents.Read(Path.Combine(Output, "reports.csv"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(reports.Column("status"), Is.EqualTo(new[] { "ok", "failed", "ok" }));
            Assert.That(reports.Field(1, "error"), Is.EqualTo("internal error: System.InvalidOperationException: boom second line"));
            Assert.That(reports.Field(1, "report_id"), Has.Length.EqualTo(16));
        }
    }

    [Test]
    public void AFileThatCannotBeReadBecomesAFailedRow()
    {
        Input("a.txt", "ok");
        var vanished = _folder.Combine("in", "vanished.pdf");
        File.CreateSymbolicLink(vanished, _folder.Combine("nowhere.pdf"));

        var run = CommandRun.WithStandIn("parse", _folder.Combine("in"), "--out", Output);

        var reports = CsvFileContents.Read(Path.Combine(Output, "reports.csv"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(reports.Column("source"), Is.EqualTo(new[] { _folder.Combine("in", "a.txt"), vanished }));
            Assert.That(reports.Rows[1][..9], Is.EqualTo(new[] { "", vanished, "", "", "", "", "pdf", "failed", reports.Field(1, "error") }));
            Assert.That(reports.Field(1, "error"), Does.StartWith("cannot read file: "));
        }
    }

    [Test]
    public void AnOutputFolderThatCannotBeCreatedExitsWithOne()
    {
        Input("a.txt");
        var blocker = _folder.Combine("file");
        File.WriteAllText(blocker, "x");

        var run = CommandRun.WithStandIn("parse", _folder.Combine("in"), "--out", Path.Combine(blocker, "out"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.RunFailed));
            Assert.That(run.StderrLines, Has.Count.EqualTo(1));
            Assert.That(run.Stderr, Does.StartWith("extractor: cannot create output folder "));
            Assert.That(run.Stdout, Is.Empty);
        }
    }

    [Test]
    public void OutputThatCannotBeReplacedExitsWithOneAndKeepsThePreviousFiles()
    {
        Input("a.txt");
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "reports.csv"), "previous");
        Directory.CreateDirectory(Path.Combine(Output, "values.csv"));

        var run = CommandRun.WithStandIn("parse", _folder.Combine("in"), "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.RunFailed));
            Assert.That(run.StderrLines, Has.Count.EqualTo(1));
            Assert.That(run.Stderr, Does.StartWith($"extractor: cannot write output to {Output}: "));
            Assert.That(File.ReadAllText(Path.Combine(Output, "reports.csv")), Is.EqualTo("previous"));
        }
    }

    [Test]
    public void TheRealProcessorRunsEndToEnd()
    {
        Input("a.txt", "一、总体情况");

        var run = CommandRun.Of("parse", _folder.Combine("in"), "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(run.Stdout, Does.StartWith("parsed 1 document: "));
            Assert.That(Directory.GetFiles(Output).Select(Path.GetFileName), Is.EquivalentTo([.. Extractor.Output.ReportFiles.FileNames, Extractor.Output.AgenciesFile.FileName]));
        }
    }

    [Test]
    public void AnEmptyFolderExitsWithTwoAndLeavesThePreviousOutputUntouched()
    {
        Directory.CreateDirectory(_folder.Combine("in", "sub"));
        Input("in/notes.csv");
        Directory.CreateDirectory(Output);
        foreach (var name in Extractor.Output.ReportFiles.FileNames)
        {
            File.WriteAllText(Path.Combine(Output, name), "yesterday");
        }

        var before = Directory.GetFiles(Output).Select(f => (f, File.GetLastWriteTimeUtc(f))).ToList();

        var run = CommandRun.WithStandIn("parse", _folder.Combine("in"), "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.BadArguments));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { $"extractor: no documents found in {_folder.Combine("in")} (--allow-empty writes empty files)" }));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(Directory.GetFiles(Output).Select(f => (f, File.GetLastWriteTimeUtc(f))), Is.EqualTo(before));
            Assert.That(Directory.GetFiles(Output).Select(File.ReadAllText), Is.All.EqualTo("yesterday"));
        }
    }

    [Test]
    public void AnEmptyFolderWithAllowEmptyWritesFilesWithHeadersOnly()
    {
        Directory.CreateDirectory(_folder.Combine("in"));

        var run = CommandRun.WithStandIn("parse", "--allow-empty", _folder.Combine("in"), "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(run.Stdout, Does.StartWith("parsed 0 documents: 0 ok,"));
            Assert.That(CsvFileContents.Read(Path.Combine(Output, "reports.csv")).Rows, Is.Empty);
        }
    }

    [Test]
    public void EveryEmptyInputIsNamedWhenNoneHoldsADocument()
    {
        Directory.CreateDirectory(_folder.Combine("a"));
        Directory.CreateDirectory(_folder.Combine("b"));

        var run = CommandRun.WithStandIn("parse", _folder.Combine("a"), _folder.Combine("b"), "--out", Output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.BadArguments));
            Assert.That(run.Stderr, Does.StartWith($"extractor: no documents found in {_folder.Combine("a")}, {_folder.Combine("b")}"));
            Assert.That(Directory.Exists(Output), Is.False);
        }
    }
}
