using Extractor.Core.Schema;

namespace Extractor.FixtureGenerator.Expectations;

/// <summary>What a correct parser reports for one fixture; the content of its .expected.json.</summary>
public sealed record Expectation(
    string Status,
    IReadOnlyList<string>? StatusAnyOf,
    string Era,
    int? Year,
    string? Agency,
    IReadOnlyList<ExpectedCell> Cells,
    IReadOnlyList<CellKey> MayBeMissing,
    IReadOnlyList<string> FailingChecks,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<int> Quirks)
{
    /// <summary>A document that is no template report: no cells, nothing to check.</summary>
    public static Expectation NotAReport(string status, IReadOnlyList<string>? statusAnyOf, string era, int? year, string? agency, IReadOnlyList<int> quirks) =>
        new(status, statusAnyOf, era, year, agency, [], [], [], [], quirks);
}
