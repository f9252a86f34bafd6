using System.Collections.Concurrent;
using System.Globalization;
using Extractor.Cli;
using Extractor.Cli.Workers;
using Extractor.Tests.Cli;
using Extractor.Tests.Output;

namespace Extractor.Tests.Workers;

/// <summary>
/// Runs of <c>extractor parse</c> through the reader processes, over good reports mixed with documents that crash,
/// hang or exhaust a reader: one row per input, the good ones as read in process, exit 0.
/// </summary>
[NonParallelizable]
public sealed class WorkerRunTests
{
    private TemporaryFolder _folder = null!;

    [OneTimeSetUp]
    public void EnableHooks() => Environment.SetEnvironmentVariable(WorkerTestHooks.EnvironmentVariable, "1");

    [OneTimeTearDown]
    public void DisableHooks() => Environment.SetEnvironmentVariable(WorkerTestHooks.EnvironmentVariable, null);

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    private static readonly string[] GoodFixtures =
    [
        "html/2019_portal_div_per_cell.html",
        "html/2019_portal_gbk_meta_charset.html",
        "pdf/2019_plain_chromium.pdf",
        "pdf/2019_long_libreoffice.pdf",
        "docx/2021_plain.docx",
        "text/2019_blank_cells_and_empty_rows.txt",
        "bad/empty.txt",
    ];

    [Test]
    public void EveryStructureAttackAndAMemoryHogIsOneFailedRowAndTheGoodReportsAreReadAsInProcess()
    {
        var good = CopyGood();
        var hostile = _folder.Combine("in", "hostile");
        Directory.CreateDirectory(hostile);
        foreach (var (name, bytes) in HostilePdfs.All())
        {
            File.WriteAllBytes(Path.Combine(hostile, name + ".pdf"), bytes);
        }

        File.WriteAllText(Path.Combine(hostile, "hog.txt"), WorkerTestHooks.Marker + "hog");

        var inProcess = CommandRun.Of("parse", good, "--out", _folder.Combine("out0"), "--workers", "0");
        // A limit well above what a structure attack takes before its stack overflows (the recursion allocates too, and
        // at 256 MB a slow machine's watch sometimes saw the memory first), yet one the hog passes in about a second.
        var run = CommandRun.Of("parse", _folder.Combine("in"), "--out", _folder.Combine("out"), "--workers", "2", "--max-memory-mb", "1024");

        Assert.That(inProcess.ExitCode, Is.EqualTo(ExitCode.Completed), inProcess.Stderr);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
        var rows = Rows("out");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Has.Count.EqualTo(GoodFixtures.Length + HostilePdfs.All().Count + 1));
            Assert.That(rows["hog.txt"], Is.EqualTo(("failed", "ran out of memory (over 1024 MB)")));
            foreach (var name in HostilePdfs.All().Keys)
            {
                Assert.That(rows[name + ".pdf"], Is.EqualTo(("failed", "reader crashed on this document (stack overflow)")), name);
            }

            // The hostile documents have no values, checks or sections: the other files are the good ones' alone.
            foreach (var file in new[] { "values.csv", "checks.csv", "sections.csv" })
            {
                Assert.That(File.ReadAllBytes(_folder.Combine("out", file)), Is.EqualTo(File.ReadAllBytes(_folder.Combine("out0", file))), file);
            }

            var goodRows = File.ReadAllLines(_folder.Combine("out0", "reports.csv"));
            var allRows = File.ReadAllLines(_folder.Combine("out", "reports.csv"));
            Assert.That(allRows.Where(r => !r.Contains(hostile, StringComparison.Ordinal)), Is.EqualTo(goodRows));
        }
    }

    [Test]
    public void AReaderThatHangsIsKilledAtTheTimeLimit()
    {
        File.WriteAllText(Input("hang.txt"), WorkerTestHooks.Marker + "hang");

        // Other bytes than the first, or the two would be one report (twins are merged).
        File.WriteAllText(Input("also-hangs.txt"), WorkerTestHooks.Marker + "hang\n");

        var run = CommandRun.Of("parse", _folder.Combine("in"), "--out", _folder.Combine("out"), "--workers", "1", "--time-limit", "2");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
        Assert.That(Rows("out").Values, Is.EqualTo(new[] { ("failed", "timed out after 2 s"), ("failed", "timed out after 2 s") }), "the second in a fresh worker");
    }

    [Test]
    public void AReaderThatEatsMemoryIsStoppedAtTheLimit()
    {
        File.WriteAllText(Input("hog.txt"), WorkerTestHooks.Marker + "hog");
        File.WriteAllText(Input("ok.txt"), File.ReadAllText(RepoPaths.Fixture("text/2019_blank_cells_and_empty_rows.txt")));

        var run = CommandRun.Of("parse", _folder.Combine("in"), "--out", _folder.Combine("out"), "--workers", "1", "--max-memory-mb", "256");

        var rows = Rows("out");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(rows["hog.txt"], Is.EqualTo(("failed", "ran out of memory (over 256 MB)")));
            Assert.That(rows["ok.txt"].Status, Is.Not.EqualTo("failed"), "read by the fresh worker that took the hog's place");
        }
    }

    [Test]
    public void AWorkerKilledFromOutsideCostsItsDocumentARetryThenAFailedRow()
    {
        var good = CopyGood();
        var busy = _folder.Combine("busy");
        Directory.CreateDirectory(busy);
        var victim = _folder.Combine("in", "victim.txt");
        File.WriteAllText(victim, WorkerTestHooks.Marker + "wait " + busy);

        var killed = new ConcurrentBag<int>();
        using var stop = new CancellationTokenSource();
        var killer = Task.Run(() => KillBusyWorkers(busy, killed, stop.Token));
        var run = CommandRun.Of("parse", _folder.Combine("in"), "--out", _folder.Combine("out"), "--workers", "2");
        stop.Cancel();
        killer.Wait();

        var reports = CsvFileContents.Read(_folder.Combine("out", "reports.csv"));
        var victimRow = reports.Rows.Single(r => r[1] == victim);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(reports.Rows, Has.Count.EqualTo(GoodFixtures.Length + 1));
            Assert.That(killed, Has.Count.EqualTo(2), "the document is tried twice, each time in a fresh worker");
            Assert.That(victimRow[7], Is.EqualTo("failed"));
            Assert.That(victimRow[8], Is.EqualTo("reader crashed on this document (killed by signal 9, SIGKILL)"));
            Assert.That(reports.Rows.Count(r => r[7] == "failed"), Is.EqualTo(2), "the victim and the empty fixture");
        }
    }

    private string Input(string name)
    {
        Directory.CreateDirectory(_folder.Combine("in"));
        return _folder.Combine("in", name);
    }

    /// <summary>reports.csv as file name → (status, error), in the file's order.</summary>
    private Dictionary<string, (string Status, string Error)> Rows(string output)
    {
        var reports = CsvFileContents.Read(_folder.Combine(output, "reports.csv"));
        return reports.Rows.ToDictionary(r => Path.GetFileName(r[1]), r => (r[7], r[8]));
    }

    private string CopyGood()
    {
        var good = _folder.Combine("in", "good");
        foreach (var fixture in GoodFixtures)
        {
            var target = Path.Combine(good, fixture);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(RepoPaths.Fixture(fixture), target);
        }

        return good;
    }

    private static void KillBusyWorkers(string busy, ConcurrentBag<int> killed, CancellationToken stop)
    {
        var seen = new HashSet<string>();
        while (!stop.IsCancellationRequested)
        {
            foreach (var marker in Directory.GetFiles(busy, "*.busy"))
            {
                if (seen.Add(marker))
                {
                    var pid = int.Parse(Path.GetFileNameWithoutExtension(marker), CultureInfo.InvariantCulture);
                    using var process = System.Diagnostics.Process.GetProcessById(pid);
                    process.Kill();
                    killed.Add(pid);
                }
            }

            Thread.Sleep(20);
        }
    }
}
