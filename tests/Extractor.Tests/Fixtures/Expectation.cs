using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extractor.Tests.Fixtures;

/// <summary>A fixture's .expected.json: the truth the generator rendered, per fixtures/README.md.</summary>
public sealed record Expectation
{
    [JsonPropertyName("status")]
    public string Status { get; init; } = "";

    [JsonPropertyName("status_any_of")]
    public List<string>? StatusAnyOf { get; init; }

    [JsonPropertyName("era")]
    public string? Era { get; init; }

    [JsonPropertyName("year")]
    public int? Year { get; init; }

    [JsonPropertyName("agency")]
    public string? Agency { get; init; }

    [JsonPropertyName("cells")]
    public Dictionary<string, ExpectedCell> Cells { get; init; } = [];

    [JsonPropertyName("may_be_missing")]
    public List<string> MayBeMissing { get; init; } = [];

    [JsonPropertyName("failing_checks")]
    public List<string> FailingChecks { get; init; } = [];

    /// <summary>Warning-level checks (narrative, in_force_chain) expected to fail, as check:scope.</summary>
    [JsonPropertyName("warnings")]
    public List<string> Warnings { get; init; } = [];

    public IReadOnlyList<string> Statuses => StatusAnyOf is { Count: > 0 } ? StatusAnyOf : [Status];

    public static Expectation Load(string path) =>
        JsonSerializer.Deserialize<Expectation>(File.ReadAllText(path)) ?? throw new InvalidDataException(path);
}

public sealed record ExpectedCell
{
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "";

    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>The printed text, where it is more than the value.</summary>
    [JsonPropertyName("raw")]
    public string? Raw { get; init; }
}
