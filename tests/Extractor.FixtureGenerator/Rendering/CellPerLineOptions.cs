namespace Extractor.FixtureGenerator.Rendering;

/// <summary>The variants of the one-cell-per-line form (quirk 1, and quirk 4 for dropped blanks).</summary>
public sealed record CellPerLineOptions
{
    /// <summary>An empty line after every cell.</summary>
    public bool BlankLineBetweenCells { get; init; }

    /// <summary>Appended to every cell's line (" |").</summary>
    public string Suffix { get; init; } = string.Empty;

    /// <summary>A lone "|" line after every row.</summary>
    public bool PipeLineBetweenRows { get; init; }

    /// <summary>A "|" line between the cells of a row, so pipes and cells alternate.</summary>
    public bool PipeLineBetweenCells { get; init; }

    /// <summary>After a cell spanning n columns, a line of n-1 padding pipes ("||", "||||").</summary>
    public bool SpanPadding { get; init; }

    /// <summary>Blank cells leave no line at all, so the values after them shift columns.</summary>
    public bool DropBlankCells { get; init; }
}
