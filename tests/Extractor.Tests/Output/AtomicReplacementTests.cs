using Extractor.Output;

namespace Extractor.Tests.Output;

public sealed class AtomicReplacementTests
{
    private const string Previous = "previous run\r\n";

    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void ASuccessfulWriteReplacesThePreviousFilesAndLeavesNoTemporaryFile()
    {
        foreach (var name in ReportFiles.FileNames)
        {
            File.WriteAllText(_folder.Combine(name), Previous);
        }

        ReportFiles.Write(SampleReports.All, _folder.Path);

        using (Assert.EnterMultipleScope())
        {
            foreach (var name in ReportFiles.FileNames)
            {
                Assert.That(File.ReadAllText(_folder.Combine(name)), Does.Not.Contain("previous run"), name);
            }

            Assert.That(Directory.GetFiles(_folder.Path).Select(Path.GetFileName), Is.EquivalentTo(ReportFiles.FileNames));
        }
    }

    [Test]
    public void WhenAFileCannotBeReplacedEveryPreviousFileSurvives()
    {
        File.WriteAllText(_folder.Combine("reports.csv"), Previous);
        File.WriteAllText(_folder.Combine("sections.csv"), Previous);
        Directory.CreateDirectory(_folder.Combine("checks.csv"));

        Assert.That(() => ReportFiles.Write(SampleReports.All, _folder.Path), Throws.InstanceOf<IOException>());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.ReadAllText(_folder.Combine("reports.csv")), Is.EqualTo(Previous));
            Assert.That(File.ReadAllText(_folder.Combine("sections.csv")), Is.EqualTo(Previous));
            Assert.That(File.Exists(_folder.Combine("values.csv")), Is.False);
            Assert.That(Directory.GetFiles(_folder.Path, "*.tmp"), Is.Empty);
        }
    }

    [Test]
    public void AnOutputFolderThatIsAFileFailsWithAnIoError()
    {
        var file = _folder.Combine("not-a-folder");
        File.WriteAllText(file, Previous);

        Assert.That(() => ReportFiles.Write(SampleReports.All, Path.Combine(file, "out")), Throws.InstanceOf<IOException>());
        Assert.That(File.ReadAllText(file), Is.EqualTo(Previous));
    }

    [Test]
    public void AMissingOutputFolderIsCreated()
    {
        var nested = _folder.Combine("a", "b");

        ReportFiles.Write(SampleReports.All, nested);

        Assert.That(Directory.GetFiles(nested).Select(Path.GetFileName), Is.EquivalentTo(ReportFiles.FileNames));
    }
}
