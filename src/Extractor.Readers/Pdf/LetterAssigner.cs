namespace Extractor.Readers.Pdf;

/// <summary>
/// Puts each letter in the table cell that holds its centre. A glyph's box can overhang a cell border, its centre
/// cannot, so the centre decides; letters in no table are the page's running text.
/// </summary>
public static class LetterAssigner
{
    /// <summary>How far outside a table's outer border a letter's centre may lie and still belong to its edge cell.</summary>
    private const double Tolerance = 1.0;

    public static (List<PageLetter>[][] Cells, List<PageLetter> Free) Assign(IReadOnlyList<PageLetter> letters, IReadOnlyList<PdfTableGrid> tables)
    {
        var cells = tables.Select(t => t.Cells.Select(_ => new List<PageLetter>()).ToArray()).ToArray();
        var free = new List<PageLetter>();
        foreach (var letter in letters)
        {
            var placed = false;
            for (var t = 0; t < tables.Count && !placed; t++)
            {
                var index = tables[t].CellIndexAt(letter.CentreX, letter.CentreY, Tolerance);
                if (index >= 0)
                {
                    cells[t][index].Add(letter);
                    placed = true;
                }
            }

            if (!placed)
            {
                free.Add(letter);
            }
        }

        return (cells, free);
    }
}
