using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition;

/// <summary>The cells placed on template keys, and what could not be placed, with why.</summary>
public sealed record Placement(IReadOnlyDictionary<CellKey, CellValue> Cells, IReadOnlyList<PlacementProblem> Problems);

/// <summary>Why some cells could not be placed; <paramref name="Cells"/> are the keys left without a value.</summary>
public sealed record PlacementProblem(string Message, IReadOnlyList<CellKey> Cells);
