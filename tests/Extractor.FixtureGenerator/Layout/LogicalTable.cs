namespace Extractor.FixtureGenerator.Layout;

/// <summary>A template table as an HTML page would hold it (rows of cells with column spans), before any flattening to text.</summary>
public sealed record LogicalTable(string Key, IReadOnlyList<TableRow> Rows);
