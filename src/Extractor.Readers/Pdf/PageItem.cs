namespace Extractor.Readers.Pdf;

/// <summary>Something read off a page, placed by its top edge so a page's items can be put in reading order.</summary>
public abstract record PageItem(int Page, double Top);

/// <summary>
/// A line of running text, cut into chunks where wide gaps separate it (columns of a table drawn without rules);
/// most lines are one chunk.
/// </summary>
public sealed record LineItem(int Page, TextLine Line, IReadOnlyList<TextLine> Chunks) : PageItem(Page, Line.Box.Top);

/// <summary>A ruled table with each cell's text, in the order of <see cref="PdfTableGrid.Cells"/>.</summary>
public sealed record TableItem(int Page, PdfTableGrid Grid, IReadOnlyList<string> CellTexts) : PageItem(Page, Grid.Box.Top);

/// <summary>One page's items, top to bottom.</summary>
public sealed record PageLayout(int Number, double Height, IReadOnlyList<PageItem> Items);
