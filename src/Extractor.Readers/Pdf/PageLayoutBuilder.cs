namespace Extractor.Readers.Pdf;

/// <summary>
/// Lays one page out as tables (from its rulings) and lines of running text (the letters no table holds), in
/// reading order from the top.
/// </summary>
public static class PageLayoutBuilder
{
    /// <summary>A gap this many ems wide inside a line separates two chunks (two columns of a table without rules).</summary>
    public const double ChunkGap = 1.2;

    public static PageLayout Build(int page, double height, IReadOnlyList<PageLetter> letters, IReadOnlyList<PdfTableGrid> grids)
    {
        var (cells, free) = LetterAssigner.Assign(letters, grids);
        var items = new List<PageItem>();
        for (var t = 0; t < grids.Count; t++)
        {
            if (cells[t].Any(c => c.Count > 0))
            {
                items.Add(new TableItem(page, grids[t], [.. cells[t].Select(CellText.Compose)]));
            }
        }

        foreach (var line in PageTextLines.Build(free))
        {
            items.Add(new LineItem(page, line, PageTextLines.Chunks(line, ChunkGap)));
        }

        // Stable: a table and a line starting at the same height keep the table first.
        var ordered = items.OrderByDescending(i => Math.Round(i.Top, 1)).ThenBy(i => i is LineItem).ToList();
        return new PageLayout(page, height, ColumnAlignment.Apply(ordered));
    }
}
