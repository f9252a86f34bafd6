using System.Text.Json;

namespace Extractor.Tests.Cli;

/// <summary>The README's first screen is followed literally by newcomers: its run.ps1 commands must be the ones that work.</summary>
public sealed class ReadmeFirstScreenTests
{
    /// <summary>What comes before the README's first section: what a newcomer reads before scrolling.</summary>
    private static string FirstScreen() =>
        string.Join('\n', File.ReadLines(Path.Combine(RepoPaths.Root, "README.md")).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)));

    [Test]
    public void TheFirstScreenShowsRunPs1ThroughTheLocalToolAndFromAnyFolder()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "dotnet-tools.json")));
        var version = manifest.RootElement.GetProperty("tools").GetProperty("powershell").GetProperty("version").GetString();

        var screen = FirstScreen();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(screen, Does.Contain("dotnet tool restore"));
            Assert.That(screen, Does.Contain("dotnet tool run pwsh -- -File run.ps1"));
            Assert.That(screen, Does.Contain($"dotnet tool execute PowerShell@{version} --"));
            Assert.That(screen, Does.Not.Contain("`pwsh run.ps1 -Inputs"), "pwsh alone needs PowerShell installed");
        }
    }
}
