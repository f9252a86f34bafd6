namespace Extractor.Output;

/// <summary>One output file before it is written: its name, its header and its rows, every field already text.</summary>
/// <param name="Rows">Enumerated once, while the file is written, so a large run is not held twice in memory.</param>
public sealed record CsvTable(string FileName, IReadOnlyList<string> Header, IEnumerable<string[]> Rows);
