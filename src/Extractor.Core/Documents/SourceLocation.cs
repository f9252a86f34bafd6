using System.Globalization;

namespace Extractor.Core.Documents;

/// <summary>Where a piece of text was read, carried from reader to CSV so every value can be traced.</summary>
public abstract record SourceLocation
{
    /// <summary>A short human-readable form, as written to the <c>location</c> column of values.csv.</summary>
    public abstract string Describe();

    public sealed override string ToString() => Describe();
}

/// <summary>A line of a text document (1-based), and the cell within the line when the line was split on separators.</summary>
public sealed record TextLineLocation(int Line, int? Cell = null) : SourceLocation
{
    public override string Describe() => Cell is { } c
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line} cell {c}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}");
}

/// <summary>A slot of a table's grid (all 1-based), as rebuilt from HTML or PDF.</summary>
public sealed record TableCellLocation(int Table, int Row, int Column) : SourceLocation
{
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"table {Table} row {Row} col {Column}");
}

/// <summary>A box on a PDF page, in PDF points from the bottom-left corner.</summary>
public sealed record PageLocation(int Page, double Left, double Bottom, double Right, double Top) : SourceLocation
{
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"page {Page} box {Left:0.#},{Bottom:0.#},{Right:0.#},{Top:0.#}");
}

/// <summary>A location that is itself inside a numbered block of a document (an HTML element index, say).</summary>
public sealed record BlockIndexLocation(int Index) : SourceLocation
{
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"block {Index}");
}
