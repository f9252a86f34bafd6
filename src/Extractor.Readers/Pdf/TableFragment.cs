namespace Extractor.Readers.Pdf;

/// <summary>
/// Where one page's piece of a table goes in the document's table: its table number, the grid row its first kept
/// row becomes, the document-table column of each of its own column boundaries, and how many leading rows it
/// drops (a header the printer repeated on the new page).
/// </summary>
public sealed record TableFragment(TableItem Item, int Table, int RowOffset, IReadOnlyList<int> ColumnAt, int SkipRows)
{
    public int Column(int boundary) => ColumnAt[boundary];
}
