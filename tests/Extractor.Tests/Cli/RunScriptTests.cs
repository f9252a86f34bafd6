using System.Diagnostics;
using System.Text.Json;
using Extractor.Tests.Output;

namespace Extractor.Tests.Cli;

/// <summary>
/// run.ps1 as a newcomer and a scheduled job use it: through the PowerShell of the clone's tool manifest (only the .NET
/// SDK installed), started from another folder, with several inputs, and with mistakes in its arguments.
/// </summary>
[NonParallelizable]
public sealed class RunScriptTests
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "run.ps1");

    // The program as the tests built it, so the script's own build does not race the test run's.
    private static readonly string Configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string? _unavailable;

    private TemporaryFolder _folder = null!;

    [OneTimeSetUp]
    public static void RestoreTheLocalTool()
    {
        var restore = Start("dotnet", RepoPaths.Root, ["tool", "restore"]);
        _unavailable = restore.ExitCode == 0 ? null : $"dotnet tool restore failed (no package source?): {restore.Stderr}{restore.Stdout}";
    }

    [SetUp]
    public void CreateFolder()
    {
        if (_unavailable is not null)
        {
            Assert.Ignore(_unavailable);
        }

        _folder = new TemporaryFolder();
        Directory.CreateDirectory(_folder.Combine("a"));
        Directory.CreateDirectory(_folder.Combine("b"));
        File.Copy(RepoPaths.Fixture("text/2019_one_cell_per_line.txt"), _folder.Combine("a", "report.txt"));
        File.Copy(RepoPaths.Fixture("html/2021_portal_p_per_cell.html"), _folder.Combine("b", "page.html"));
    }

    [TearDown]
    public void RemoveFolder() => _folder?.Dispose();

    private static string PowerShellVersion()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "dotnet-tools.json")));
        return manifest.RootElement.GetProperty("tools").GetProperty("powershell").GetProperty("version").GetString()!;
    }

    /// <summary>The script through the manifest's PowerShell from the NuGet cache, as the README shows for any folder.</summary>
    private ProcessRun FromAnotherFolder(params string[] arguments) =>
        Start("dotnet", _folder.Path, ["tool", "execute", $"PowerShell@{PowerShellVersion()}", "--", "-NoProfile", "-File", Script, .. arguments]);

    private IEnumerable<string> Sources(string output) => CsvFileContents.Read(_folder.Combine(output, "reports.csv")).Column("source");

    private string[] BothInputs => [_folder.Combine("a", "report.txt"), _folder.Combine("b", "page.html")];

    [TestCase("-Inputs", "a", "b")]
    [TestCase("-Inputs", "a,", "b")]
    [TestCase("-Inputs", "a,b")]
    [TestCase("a", "b")]
    public void SeveralInputsFromAnotherFolderAreAllRead(params string[] inputs)
    {
        var run = FromAnotherFolder([.. inputs, "-Out", "out", "-Configuration", Configuration, "-NoBuild"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(Sources("out"), Is.EqualTo(BothInputs));
        }
    }

    [Test]
    public void TheLocalToolOfTheCloneRunsTheScriptFromAnotherFolderWithAnArrayOfInputs()
    {
        var command = $"Set-Location '{_folder.Path}'; & '{Script}' -Inputs a, b -Out out -Configuration {Configuration} -NoBuild; exit $LASTEXITCODE";

        var run = Start("dotnet", RepoPaths.Root, ["tool", "run", "pwsh", "--", "-NoProfile", "-Command", command]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(Sources("out"), Is.EqualTo(BothInputs));
        }
    }

    [Test]
    public void ViaLocalToolTheScriptFindsTheClonesPowerShellFromAnotherFolderAndKeepsTheCallersPaths()
    {
        var run = FromAnotherFolder("-ViaLocalTool", "-Inputs", "a", "b", "-Out", "out", "-Configuration", Configuration, "-NoBuild");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(Sources("out"), Is.EqualTo(BothInputs));
        }
    }

    [TestCase(new[] { "-Inputs", "a", "-Out", "out", "Debug" }, "run.ps1: unexpected argument 'Debug' after -Out out (only -Inputs and -Arguments take several values)")]
    [TestCase(new[] { "-Inputs", "a", "-Bogus", "x" }, "run.ps1: unknown parameter '-Bogus' (parameters: -Inputs, -Out, -Configuration, -Command, -Crawl, -State, -Log, -Arguments, -NoBuild, -ViaLocalTool, -Help)")]
    [TestCase(new[] { "-Inputs", "a", "-Configuration", "b" }, "run.ps1: -Configuration must be Release or Debug, not 'b'")]
    [TestCase(new[] { "-Inputs", "a", "-Out", "x", "-Out", "y" }, "run.ps1: -Out given more than once")]
    [TestCase(new[] { "-Inputs", "a", "-Out" }, "run.ps1: -Out needs a value")]
    [TestCase(new[] { "-Crawl" }, "run.ps1: crawl needs -Inputs: report or listing URLs, or sources CSV files")]
    public void AMistakeIsOnePlainLineAndExitCodeTwoAndNothingRuns(string[] arguments, string message)
    {
        var run = FromAnotherFolder(arguments);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(run.Stderr, Does.StartWith(message + " (see Get-Help "));
            Assert.That(run.Stderr.Contains('\u001b', StringComparison.Ordinal), Is.False, "no colour codes");
            Assert.That(Directory.Exists(_folder.Combine("out")), Is.False);
            Assert.That(Directory.Exists(_folder.Combine("x")), Is.False);
        }
    }

    [Test]
    public void TheProgramsOwnExitCodeAndReasonPassThrough()
    {
        var run = FromAnotherFolder("-Inputs", "missing", "-Out", "out", "-Configuration", Configuration, "-NoBuild");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain($"extractor: no such file or folder: {_folder.Combine("missing")}"));
        }
    }

    private sealed record ProcessRun(int ExitCode, string Stdout, string Stderr);

    private static ProcessRun Start(string program, string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', start.ArgumentList)} did not end in 3 minutes");
        }

        return new ProcessRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
