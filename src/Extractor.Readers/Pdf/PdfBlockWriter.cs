using System.Text;
using Extractor.Core.Documents;

namespace Extractor.Readers.Pdf;

/// <summary>
/// Turns the pages' items into the format-neutral blocks the recogniser reads, in the shapes the HTML reader
/// gives: one block per table cell with its grid slot, the cells of one table row sharing a line number; one block
/// per paragraph; one block per chunk of a line cut by wide gaps, the chunks sharing a line number (so a table drawn
/// without rules reads as rows). Wrapped lines of running text are joined back into paragraphs, across a page break
/// too.
/// </summary>
public sealed class PdfBlockWriter
{
    private readonly List<Block> blocks = [];
    private readonly List<LineItem> paragraph = [];
    private readonly Dictionary<int, (double Left, double Right)> bodies;
    private int lineId;

    /// <summary>The table number and block range of the last table row written, for a row a page break split.</summary>
    private (int Table, Range Blocks)? lastRow;

    /// <summary>Whether running text may go on from the first page onto the second (by default always).</summary>
    private readonly Func<int, int, bool> joinsAcross;

    private PdfBlockWriter(IReadOnlyList<PageLayout> pages, Func<int, int, bool>? joinsAcross)
    {
        this.joinsAcross = joinsAcross ?? ((_, _) => true);
        // Where each page's running text starts and ends, to tell a wrapped line (it runs to the right edge) from a
        // line that ends its paragraph, and a continuation line from an indented first line.
        bodies = pages
            .Where(p => p.Items.OfType<LineItem>().Any(l => l.Chunks.Count == 1))
            .ToDictionary(
                p => p.Number,
                p =>
                {
                    var lines = p.Items.OfType<LineItem>().Where(l => l.Chunks.Count == 1).ToList();
                    return (lines.Min(l => l.Line.Left), lines.Max(l => l.Line.Right));
                });
    }

    /// <param name="joinsAcross">
    /// Whether a paragraph may run on from one page onto the next: a block is located on the page it starts on, so
    /// running text must not carry what OCR read on a scanned page into a block of a text-layer page.
    /// </param>
    public static IReadOnlyList<Block> Write(IReadOnlyList<PageLayout> pages, Func<int, int, bool>? joinsAcross = null)
    {
        var writer = new PdfBlockWriter(pages, joinsAcross);
        var items = pages.SelectMany(p => p.Items).ToList();
        var fragments = TableContinuation.Join(items);
        foreach (var item in items)
        {
            switch (item)
            {
                case TableItem table:
                    writer.Flush();
                    writer.WriteTable(fragments[table]);
                    break;
                case LineItem line when line.Chunks.Count > 1:
                    writer.Flush();
                    writer.WriteChunks(line);
                    break;
                case LineItem line:
                    if (writer.paragraph.Count > 0 && !writer.Continues(writer.paragraph[^1], line))
                    {
                        writer.Flush();
                    }

                    writer.paragraph.Add(line);
                    break;
            }
        }

        writer.Flush();
        return writer.blocks;
    }

    private bool Continues(LineItem previous, LineItem next)
    {
        var a = previous.Line;
        var b = next.Line;
        if (Math.Abs(a.Size - b.Size) > 0.15 * Math.Max(a.Size, b.Size) || a.Text.Length == 0 || EndsSentence(a.Text[^1]))
        {
            return false;
        }

        if (previous.Page == next.Page)
        {
            // The next line of a paragraph is right below, at most a generous line spacing away.
            var drop = a.Baseline - b.Baseline;
            if (drop <= 0 || drop > 2.2 * a.Size)
            {
                return false;
            }
        }
        else if (next.Page != previous.Page + 1 || !joinsAcross(previous.Page, next.Page))
        {
            return false;
        }

        var (_, right) = bodies[previous.Page];
        var (left, _) = bodies[next.Page];
        return a.Right >= right - (1.5 * a.Size) && b.Left <= left + (0.5 * b.Size);
    }

    private static bool EndsSentence(char c) => c is '。' or '！' or '？' or '；' or '：' or ':' or '!' or '?';

    private void Flush()
    {
        if (paragraph.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var item in paragraph)
        {
            var next = item.Line.Text;
            if (text.Length > 0 && char.IsAsciiLetter(text[^1]) && next.Length > 0 && char.IsAsciiLetter(next[0]))
            {
                text.Append(' ');
            }

            text.Append(next);
        }

        var first = paragraph[0];
        var box = Union(paragraph.Where(p => p.Page == first.Page).Select(p => p.Line.Box));
        blocks.Add(new Block(text.ToString(), Location(first.Page, box), ++lineId));
        paragraph.Clear();
    }

    private void WriteChunks(LineItem line)
    {
        lineId++;
        foreach (var chunk in line.Chunks)
        {
            blocks.Add(new Block(chunk.Text, Location(line.Page, chunk.Box), lineId));
        }
    }

    private void WriteTable(TableFragment fragment)
    {
        var item = fragment.Item;
        var grid = item.Grid;
        var rows = grid.Cells
            .Select((cell, index) => (Cell: cell, Text: item.CellTexts[index]))
            .Where(x => x.Cell.Row >= fragment.SkipRows)
            .GroupBy(x => x.Cell.Row)
            .OrderBy(g => g.Key);
        var first = true;
        foreach (var row in rows)
        {
            if (row.All(x => string.IsNullOrWhiteSpace(x.Text)))
            {
                continue;
            }

            var cells = row.OrderBy(x => x.Cell.Column)
                .Select(x =>
                {
                    var column = fragment.Column(x.Cell.Column);
                    var span = fragment.Column(x.Cell.Column + x.Cell.ColumnSpan) - column;
                    var position = new GridPosition(fragment.Table, fragment.RowOffset + x.Cell.Row - fragment.SkipRows, column, x.Cell.RowSpan, Math.Max(1, span));
                    return new PageBreakRowJoiner.RowCell(position, x.Text, Location(item.Page, grid.CellBox(x.Cell)));
                })
                .ToList();

            // The first row of a table's piece on a new page may be the rest of the row the page break cut.
            var continues = first && fragment.RowOffset > 0 && lastRow is { } last && last.Table == fragment.Table
                && PageBreakRowJoiner.TryJoin(blocks, last.Blocks, cells);
            first = false;
            if (continues)
            {
                continue;
            }

            lineId++;
            var start = blocks.Count;
            foreach (var cell in cells)
            {
                blocks.Add(new Block(cell.Text, cell.Location, lineId, cell.Position));
            }

            lastRow = (fragment.Table, start..blocks.Count);
        }
    }

    private static PageLocation Location(int page, PdfBox box) => new(page, box.Left, box.Bottom, box.Right, box.Top);

    private static PdfBox Union(IEnumerable<PdfBox> boxes)
    {
        var list = boxes.ToList();
        return new PdfBox(list.Min(b => b.Left), list.Min(b => b.Bottom), list.Max(b => b.Right), list.Max(b => b.Top));
    }
}
