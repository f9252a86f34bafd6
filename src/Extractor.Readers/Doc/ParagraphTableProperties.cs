namespace Extractor.Readers.Doc;

/// <summary>One cell of a row's table definition: its left and right edge (twips) and its merge flags.</summary>
/// <param name="HorizontalMerge">0 none, 1 the first of merged cells, 2 or 3 merged into the cell before.</param>
/// <param name="VerticalMerge">0 none, 3 the first of merged cells, 1 or 2 merged into the cell above.</param>
public sealed record DocCellDefinition(int Left, int Right, int HorizontalMerge, int VerticalMerge);

/// <summary>
/// What a paragraph's properties say about tables: whether it is in one and how deep (itap), whether its mark ends a
/// cell of an inner table, or a row (the TTP: table terminating paragraph), and, on a row end, the row's cells.
/// </summary>
public sealed record ParagraphTableProperties(bool InTable, int Depth, bool RowEnd, bool InnerCellEnd, bool InnerRowEnd, IReadOnlyList<DocCellDefinition>? Cells)
{
    public static ParagraphTableProperties None { get; } = new(false, 0, false, false, false, null);
}
