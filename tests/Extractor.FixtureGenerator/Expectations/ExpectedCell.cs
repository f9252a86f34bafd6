using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.Expectations;

/// <summary>One cell's true value; <see cref="Raw"/> is the printed text where it is not simply the value.</summary>
public sealed record ExpectedCell(CellKey Key, CellTruth Truth, string? Raw);
