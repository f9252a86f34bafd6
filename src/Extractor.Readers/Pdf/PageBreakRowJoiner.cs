using Extractor.Core.Documents;
using Extractor.Core.Text;
using Extractor.Core.Values;

namespace Extractor.Readers.Pdf;

/// <summary>
/// Joins a table row that a page break split in two, before any cell is placed. Word, WPS and LibreOffice let a tall
/// row break across pages: its label and numbers stay at the foot of one page while the rest of the label
/// (规禁止公开) and a band of empty cells open the next; or the label stays behind and the numbers go over. Read
/// as two rows, the band would say the printed table holds blanks where it holds numbers, and the numbers would lose
/// their label. The first row of a table's continuation piece is joined to the last row of the piece before when one
/// of the two has no number at all, where the other has them, and the text it carries is no new row's label (no
/// enumerator such as 3. or （七）).
/// </summary>
public static class PageBreakRowJoiner
{
    /// <summary>One cell of a row about to be written: its grid slot, text and where it was read.</summary>
    public sealed record RowCell(GridPosition Position, string Text, PageLocation Location);

    /// <summary>
    /// Joins <paramref name="next"/> into the row already written at <paramref name="previous"/> (a range of
    /// <paramref name="blocks"/>) when it continues it; true when it did, and the row is then not to be written.
    /// </summary>
    public static bool TryJoin(List<Block> blocks, Range previous, IReadOnlyList<RowCell> next)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(next);
        var (start, count) = previous.GetOffsetAndLength(blocks.Count);
        if (count == 0 || next.Count == 0)
        {
            return false;
        }

        var before = blocks.GetRange(start, count);
        var beforeHasNumbers = before.Any(b => IsNumber(b.Text));
        var nextHasNumbers = next.Any(c => IsNumber(c.Text));
        if (beforeHasNumbers == nextHasNumbers)
        {
            return false;
        }

        // The part without numbers carries only words that continue a label, or nothing at all.
        var wordsPart = beforeHasNumbers ? next.Select(c => c.Text) : before.Select(b => b.Text);
        var words = wordsPart.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (beforeHasNumbers && (words.Count == 0 || words.Any(StartsRow)))
        {
            return false;
        }

        if (!beforeHasNumbers && (words.Count == 0 || next.Any(c => !string.IsNullOrWhiteSpace(c.Text) && !IsNumber(c.Text) && StartsRow(c.Text))))
        {
            return false;
        }

        // Every number must land in a cell that was blank on the other page, and each piece of text in a cell of the
        // other row: the two halves are one row's cells, column for column.
        var targets = new int[next.Count]; // absolute block indices, -1 for none
        for (var i = 0; i < next.Count; i++)
        {
            var cell = next[i];
            var found = before.FindIndex(b => b.Grid is { } g && g.Column <= cell.Position.Column && cell.Position.Column < g.Column + g.ColumnSpan);
            targets[i] = found < 0 ? -1 : start + found;
            if (string.IsNullOrWhiteSpace(cell.Text))
            {
                continue;
            }

            if (targets[i] < 0 && !IsNumber(cell.Text))
            {
                // A cell that spans rows (（三）不予公开 beside its sub-rows) began in an earlier row: its text goes on there.
                targets[i] = SpanningCellBefore(blocks, start, cell.Position);
            }

            if (targets[i] == -1 || (IsNumber(cell.Text) && !string.IsNullOrWhiteSpace(blocks[targets[i]].Text)))
            {
                return false;
            }
        }

        for (var i = 0; i < next.Count; i++)
        {
            var cell = next[i];
            if (string.IsNullOrWhiteSpace(cell.Text) || targets[i] == -1)
            {
                continue;
            }

            var at = targets[i];
            var old = blocks[at];
            blocks[at] = IsNumber(cell.Text) || string.IsNullOrWhiteSpace(old.Text)
                ? old with { Text = cell.Text, Location = cell.Location }
                : old with { Text = old.Text + " " + cell.Text };
        }

        return true;
    }

    /// <summary>The block, written before <paramref name="start"/>, of the same table's cell that covers the column.</summary>
    private static int SpanningCellBefore(List<Block> blocks, int start, GridPosition position)
    {
        for (var i = start - 1; i >= Math.Max(0, start - 400); i--)
        {
            if (blocks[i].Grid is not { } g || g.Table != position.Table)
            {
                return -1;
            }

            if (g.RowSpan > 1 && g.Column <= position.Column && position.Column < g.Column + g.ColumnSpan)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsNumber(string text) => !string.IsNullOrWhiteSpace(text) && CellValueParser.LooksLikeValue(text);

    /// <summary>Text that opens a row of its own: an enumerator (3.其他, （七）总计) or a section numeral (四、).</summary>
    private static bool StartsRow(string text)
    {
        var folded = LabelFold.Fold(text);
        return LabelFold.WithoutEnumerator(folded).Length < folded.Length || LabelFold.StartsWithSectionNumeral(folded);
    }
}
