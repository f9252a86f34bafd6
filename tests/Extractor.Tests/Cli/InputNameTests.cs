using System.Diagnostics;
using System.Text;
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
    public void RemoveFolder()
    {
        // .NET cannot delete what it cannot name: the names that are not UTF-8 go first.
        if (OperatingSystem.IsLinux() && Directory.Exists(_folder.Path))
        {
            using var rm = Process.Start("rm", ["-rf", "--", _folder.Path]);
            rm.WaitForExit();
        }

        _folder.Dispose();
    }

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
        var program = Quoted(Path.Combine(AppContext.BaseDirectory, "extractor.dll"));
        Input("-draft.txt", "not a report");

        var without = Shell($"cd in && dotnet {program} parse --out ../out -draft.txt 2>&1");
        var with = Shell($"cd in && dotnet {program} parse --out ../out -- -draft.txt 2>&1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(without.ExitCode, Is.EqualTo(ExitCode.BadArguments));
            Assert.That(without.Stdout, Is.EqualTo($"extractor: unknown option '-draft.txt' for parse{Environment.NewLine}"));
            Assert.That(with.ExitCode, Is.EqualTo(ExitCode.Completed), with.Stdout);
            Assert.That(CsvFileContents.Read(Path.Combine(Output, "reports.csv")).Column("source"), Is.EqualTo(new[] { "'-draft.txt" }), "formula-guarded, as every field starting with '-'");
        }
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

    /// <summary>Runs a shell command in the test folder: .NET itself cannot make a name that is not UTF-8.</summary>
    private ProcessResult Shell(string command)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("names that are not UTF-8 are a Linux matter (elsewhere names are Unicode)");
        }

        var start = new ProcessStartInfo("/bin/sh", ["-c", command])
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, command);
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);

    private static string Quoted(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [Test]
    public void NamesThatAreNotUtf8AreReadFromAFolderAndShownByteForByte()
    {
        var text = Quoted(RepoPaths.Fixture("text/2019_one_cell_per_line.txt"));
        var page = Quoted(RepoPaths.Fixture("html/2021_portal_p_per_cell.html"));
        var made = Shell($"""
            mkdir -p in/"$(printf 'gbk\326\320')" && cp {text} in/"$(printf 'r\377\376.txt')" &&
            cp {page} in/"$(printf 'gbk\326\320')"/"$(printf '\326\320\316\304.html')" && printf x > in/"$(printf '.hidden\377.txt')"
            """);
        Assert.That(made.ExitCode, Is.Zero, made.Stderr);

        var run = CommandRun.Of("parse", _folder.Combine("in"), "--out", Output);

        var reports = CsvFileContents.Read(Path.Combine(Output, "reports.csv"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed), run.Stderr);
            Assert.That(reports.Column("source"), Is.EqualTo(new[]
            {
                _folder.Combine("in", @"gbk\xD6\xD0", @"\xD6\xD0\xCE\xC4.html"),
                _folder.Combine("in", @"r\xFF\xFE.txt"),
            }));
            Assert.That(reports.Column("status"), Is.EqualTo(new[] { "ok", "ok" }));
        }
    }

    [Test]
    public void ANameThatIsNotUtf8IsReadWhenNamedOnTheCommandLine()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "extractor.dll");
        var text = Quoted(RepoPaths.Fixture("text/2019_one_cell_per_line.txt"));

        var run = Shell($"""
            mkdir in && cp {text} in/"$(printf 'r\377.txt')" && exec dotnet {Quoted(program)} parse --out out -- in/"$(printf 'r\377.txt')" 2>&1
            """);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.Stdout + run.Stderr);
            Assert.That(CsvFileContents.Read(_folder.Combine("out", "reports.csv")).Column("source"), Is.EqualTo(new[] { @"in/r\xFF.txt" }));
        }
    }

    [Test]
    public void TheBytesOfAnArgumentAreTakenFromTheCommandLine()
    {
        byte[] name = [.. "in/r"u8, 0xFF, .. ".txt"u8];
        byte[] commandLine = [.. "/usr/bin/dotnet\0exec\0extractor.dll\0parse\0"u8, .. name, 0, .. "--out\0o\0"u8];
        string[] args = ["parse", Encoding.UTF8.GetString(name), "--out", "o"];

        var recovered = RawArguments.Recover(args, () => commandLine);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(recovered[1], Is.EqualTo("in/r\udcff.txt"));
            Assert.That(ByteNames.ToBytes(recovered[1]), Is.EqualTo(name.Append((byte)0)));
            Assert.That(ByteNames.Display(recovered[1]), Is.EqualTo(@"in/r\xFF.txt"));
            Assert.That(recovered.Where((_, i) => i != 1), Is.EqualTo(args.Where((_, i) => i != 1)));
        }
    }

    [TestCase(new byte[] { 0x61, 0xFF, 0x62 })]
    [TestCase(new byte[] { 0xE4, 0xB8, 0xAD, 0xE4, 0xB8 })]
    [TestCase(new byte[] { 0xD6, 0xD0, 0xCE, 0xC4 })]
    [TestCase(new byte[] { 0xEF, 0xBF, 0xBD, 0x80 })]
    [TestCase(new byte[] { 0xED, 0xB2, 0x80 })]
    public void AnyBytesMapToAStringAndBack(byte[] bytes) =>
        Assert.That(ByteNames.ToBytes(ByteNames.FromBytes(bytes)), Is.EqualTo(bytes.Append((byte)0)));
}
