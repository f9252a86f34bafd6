using Extractor.Core.Schema;

namespace Extractor.FixtureGenerator.Layout;

/// <summary>
/// One cell of a table as laid out before flattening; <see cref="Key"/> is set where the cell holds a template value.
/// <see cref="RowSpan"/> is what an HTML page would say; text renderers, which print a spanned label once, ignore it.
/// </summary>
public sealed record TableCell(string Text, CellKey? Key = null, int ColumnSpan = 1, int RowSpan = 1)
{
    public static TableCell Blank { get; } = new(string.Empty);
}
