using Extractor.Tests.Cli;
using Extractor.Tests.Output;

namespace Extractor.Tests.Compare;

/// <summary>fixtures/districts parsed and compared once into a temporary folder: parse, then compare for 保定市.</summary>
public sealed class DistrictComparison : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public DistrictComparison()
    {
        Parse = CommandRun.Of("parse", RepoPaths.Fixture("districts"), "--out", Output);
        Compare = CommandRun.Of("compare", Output, "--region", "130600", "--out", CompareFolder);
    }

    public string Output => _folder.Combine("out");

    public string CompareFolder => _folder.Combine("compare");

    public CommandRun Parse { get; }

    public CommandRun Compare { get; }

    public string Page => Path.Combine(CompareFolder, "compare.html");

    public void Dispose() => _folder.Dispose();
}
