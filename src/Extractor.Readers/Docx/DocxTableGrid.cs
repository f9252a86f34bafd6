using System.Globalization;
using System.Xml.Linq;

namespace Extractor.Readers.Docx;

/// <summary>A Word table cell placed on the grid: its element, the slot where it starts, and its spans.</summary>
public sealed record DocxGridCell(XElement Element, int Row, int Column, int RowSpan, int ColumnSpan);

/// <summary>
/// Slots of a Word table. Unlike HTML, Word says where a cell is outright: a row skips w:gridBefore columns, a cell
/// spans w:gridSpan columns, and a cell whose w:vMerge continues the one above is no cell of its own but a row more of
/// that one's span. Spans are clamped as in the HTML grid.
/// </summary>
public static class DocxTableGrid
{
    private const int MaxColumnSpan = 60;

    /// <returns>Cells listed row by row, columns rising within a row.</returns>
    public static List<DocxGridCell> Build(XElement table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var cells = new List<DocxGridCell>();

        // For each column, the cell a vMerge continuation in the next row would extend.
        var open = new Dictionary<int, int>();
        var r = 0;
        foreach (var row in Word.Rows(table))
        {
            var stillOpen = new Dictionary<int, int>();
            var c = Math.Clamp(Number(Properties(row, "trPr")?.Elements().FirstOrDefault(e => Word.Is(e, "gridBefore")), 0), 0, MaxColumnSpan);
            foreach (var cell in Word.Cells(row))
            {
                var tcPr = Properties(cell, "tcPr");
                var span = Math.Clamp(Number(tcPr?.Elements().FirstOrDefault(e => Word.Is(e, "gridSpan")), 1), 1, MaxColumnSpan);
                var merge = tcPr?.Elements().FirstOrDefault(e => Word.Is(e, "vMerge"));
                var horizontal = tcPr?.Elements().FirstOrDefault(e => Word.Is(e, "hMerge"));
                if (merge is not null && Word.Value(merge) is null or "continue" && open.TryGetValue(c, out var above))
                {
                    // A row more of the cell above, as wide as that cell whatever this one says.
                    cells[above] = cells[above] with { RowSpan = r - cells[above].Row + 1 };
                    stillOpen[c] = above;
                    c += cells[above].ColumnSpan;
                    continue;
                }

                if (horizontal is not null && Word.Value(horizontal) is null or "continue" && cells.Count > 0 && cells[^1].Row == r)
                {
                    // The legacy form of gridSpan: this cell widens the one before it.
                    cells[^1] = cells[^1] with { ColumnSpan = Math.Min(cells[^1].ColumnSpan + span, MaxColumnSpan) };
                    c += span;
                    continue;
                }

                if (merge is not null && Word.Value(merge) == "restart")
                {
                    stillOpen[c] = cells.Count;
                }

                cells.Add(new DocxGridCell(cell, r, c, 1, span));
                c += span;
            }

            // A merge that a row does not continue has ended, even where the row has no cell at that column.
            open = stillOpen;
            r++;
        }

        return cells;
    }

    private static XElement? Properties(XElement element, string name) => element.Elements().FirstOrDefault(e => Word.Is(e, name));

    private static int Number(XElement? element, int fallback) =>
        int.TryParse(Word.Value(element), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
