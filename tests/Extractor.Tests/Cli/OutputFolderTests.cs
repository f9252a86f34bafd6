using Extractor.Cli;
using Extractor.Output;
using Extractor.Tests.Output;

namespace Extractor.Tests.Cli;

/// <summary>What a nightly job needs from the output folder: found unwritable first, and cleared of a killed run's leftovers.</summary>
public sealed class OutputFolderTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    private string Inputs()
    {
        var input = _folder.Combine("in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "ok\na");
        File.WriteAllText(Path.Combine(input, "b.txt"), "ok\nb");
        return input;
    }

    [Test]
    public void AReadOnlyOutputFolderStopsTheRunBeforeAnyDocumentIsRead()
    {
        var input = Inputs();
        using var output = new ReadOnlyFolder(_folder.Combine("out"));
        var documentsRead = 0;
        DocumentReading counting = (bytes, source) =>
        {
            Interlocked.Increment(ref documentsRead);
            return CommandRun.ReadByContent(bytes, source);
        };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = ExtractorCommand.Run(["parse", input, "--out", output.Path], stdout, stderr, progressBar: false, () => counting);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(ExitCode.RunFailed));
            Assert.That(stderr.ToString(), Does.StartWith($"extractor: cannot write to output folder {output.Path}: "));
            Assert.That(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
            Assert.That(documentsRead, Is.Zero);
            Assert.That(stdout.ToString(), Is.Empty);
        }
    }

    [Test]
    public void TheProbeLeavesNothingBehind()
    {
        var output = _folder.Combine("out");

        OutputFolder.Prepare(output);

        Assert.That(Directory.EnumerateFileSystemEntries(output), Is.Empty);
    }

    [Test]
    public void StaleTemporaryFilesOfAKilledRunAreRemovedBeforeTheRunWrites()
    {
        var input = Inputs();
        var output = _folder.Combine("out");
        Directory.CreateDirectory(output);
        var dead = Path.Combine(output, $".values.csv.2147483646-{Guid.NewGuid():N}.tmp");
        var oldStyle = Path.Combine(output, $".reports.csv.{Guid.NewGuid():N}.tmp");
        var deadProbe = Path.Combine(output, $".probe.2147483646-{Guid.NewGuid():N}.tmp");
        var liveRun = Path.Combine(output, $".checks.csv.1-{Guid.NewGuid():N}.tmp");
        var recentOldStyle = Path.Combine(output, $".sections.csv.{Guid.NewGuid():N}.tmp");
        var anotherOfOurFiles = Path.Combine(output, $".agencies.csv.2147483646-{Guid.NewGuid():N}.tmp");
        var notOurs = Path.Combine(output, ".notes.csv.tmp");
        foreach (var file in new[] { dead, oldStyle, deadProbe, liveRun, recentOldStyle, anotherOfOurFiles, notOurs })
        {
            File.WriteAllText(file, "leftover");
        }

        File.SetLastWriteTimeUtc(oldStyle, DateTime.UtcNow.AddHours(-3));

        var run = CommandRun.WithStandIn("parse", input, "--out", output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(Directory.GetFiles(output), Is.SupersetOf(ReportFiles.FileNames.Select(n => Path.Combine(output, n))));
            Assert.That(Directory.GetFiles(output, ".*"), Is.EquivalentTo(new[] { liveRun, recentOldStyle, notOurs }));
        }
    }

    [Test]
    public void TheTemporaryNameCarriesTheProcessId()
    {
        var name = Path.GetFileName(TemporaryFiles.PathFor("x", "reports.csv"));

        Assert.That(name, Does.Match($@"^\.reports\.csv\.{Environment.ProcessId}-[0-9a-f]{{32}}\.tmp$"));
    }

    [Test]
    public void AFileOfTheCurrentProcessIsNeverRemoved()
    {
        var own = TemporaryFiles.PathFor(_folder.Path, "values.csv");
        File.WriteAllText(own, "being written");

        var removed = TemporaryFiles.RemoveStale(_folder.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(removed, Is.Empty);
            Assert.That(File.Exists(own), Is.True);
        }
    }

    [Test]
    public void ACrawlOutputWriteRemovesStaleFilesToo()
    {
        var dead = _folder.Combine($".documents.csv.2147483646-{Guid.NewGuid():N}.tmp");
        File.WriteAllText(dead, "leftover");

        ReportFiles.Write(SampleReports.All, [], _folder.Path);

        Assert.That(File.Exists(dead), Is.False);
    }
}
