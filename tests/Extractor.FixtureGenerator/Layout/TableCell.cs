using Extractor.Core.Schema;

namespace Extractor.FixtureGenerator.Layout;

/// <summary>One cell of a table as laid out before flattening; <see cref="Key"/> is set where the cell holds a template value.</summary>
public sealed record TableCell(string Text, CellKey? Key = null, int ColumnSpan = 1)
{
    public static TableCell Blank { get; } = new(string.Empty);
}
