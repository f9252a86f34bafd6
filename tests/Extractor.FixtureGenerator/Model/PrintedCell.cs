namespace Extractor.FixtureGenerator.Model;

/// <summary>A cell as the document prints it, beside what it means. The two differ on purpose ("１２", "减4", "/").</summary>
public sealed record PrintedCell(string Text, CellTruth Truth);
