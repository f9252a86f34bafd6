using Extractor.Core.Values;

namespace Extractor.FixtureGenerator.Model;

/// <summary>What a cell really holds: the value a correct parser must report for it.</summary>
public sealed record CellTruth(ValueKind Kind, decimal? Number)
{
    public static CellTruth Empty { get; } = new(ValueKind.Empty, null);

    public static CellTruth NotApplicable { get; } = new(ValueKind.NotApplicable, null);

    public static CellTruth Of(decimal number) => new(ValueKind.Number, number);
}
