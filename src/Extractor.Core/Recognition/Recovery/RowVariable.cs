using Extractor.Core.Schema;

namespace Extractor.Core.Recognition.Recovery;

/// <summary>A row (or a run table) whose printed values did not fit its columns, with the readings still possible.</summary>
public sealed class RowVariable(string name, Token label, CellKey[] keys, IReadOnlyList<PrintedPiece> pieces, List<RowReading> readings)
{
    /// <summary>table.row, or the table key for a table printed as one run.</summary>
    public string Name { get; } = name;

    public Token Label { get; } = label;

    public CellKey[] Keys { get; } = keys;

    public IReadOnlyList<PrintedPiece> Pieces { get; } = pieces;

    public List<RowReading> Readings { get; set; } = readings;

    /// <summary>The printed pieces as they stood, for messages.</summary>
    public string Printed => string.Join(" ", Pieces.Select(p => p.Token.Raw.Trim()));
}
