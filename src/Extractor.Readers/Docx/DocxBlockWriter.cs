using System.Text;
using System.Xml.Linq;
using Extractor.Core.Documents;
using Extractor.Readers.Text;

namespace Extractor.Readers.Docx;

/// <summary>
/// Flattens a WordprocessingML body into blocks: one per paragraph (split at line breaks), and one per table cell with
/// its grid slot. What Word does not show is not read: deleted revisions, hidden runs, field codes, and the fallback
/// copy of content that a newer form already gives (mc:Fallback). A table holding another table is layout, read as
/// flow, as in the HTML reader.
/// </summary>
public sealed class DocxBlockWriter
{
    private readonly List<Block> blocks = [];
    private readonly StringBuilder line = new();
    private int lineId;
    private int tableIndex;

    public static IReadOnlyList<Block> Write(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var writer = new DocxBlockWriter();
        var body = document.Root?.Elements().FirstOrDefault(e => Word.Is(e, "body"));
        if (body is not null)
        {
            writer.Flow(body);
        }

        return writer.blocks;
    }

    /// <summary>Block-level content: paragraphs, tables, and the containers that hold them.</summary>
    private void Flow(XElement container)
    {
        foreach (var e in container.Elements())
        {
            if (Word.Is(e, "p"))
            {
                Paragraph(e);
            }
            else if (Word.Is(e, "tbl"))
            {
                if (HoldsTable(e))
                {
                    foreach (var cell in Word.Rows(e).SelectMany(Word.Cells))
                    {
                        Flow(cell);
                    }
                }
                else
                {
                    Table(e);
                }
            }
            else if (Word.IsShown(e))
            {
                Flow(e);
            }
        }
    }

    private void Paragraph(XElement paragraph)
    {
        var boxes = new List<XElement>();
        AppendRuns(paragraph, line, boxes, breakLines: true);
        Flush();

        // Text boxes anchored in the paragraph: their own paragraphs, after it.
        foreach (var box in boxes)
        {
            Flow(box);
        }
    }

    private void AppendRuns(XElement element, StringBuilder sb, List<XElement> boxes, bool breakLines)
    {
        foreach (var e in element.Elements())
        {
            if (Word.Is(e, "r"))
            {
                if (!Word.IsHidden(e))
                {
                    AppendRun(e, sb, boxes, breakLines);
                }
            }
            else if (Word.Is(e, "pPr") || Word.Is(e, "rPr"))
            {
                continue;
            }
            else if (Word.IsShown(e))
            {
                AppendRuns(e, sb, boxes, breakLines);
            }
        }
    }

    private void AppendRun(XElement run, StringBuilder sb, List<XElement> boxes, bool breakLines)
    {
        foreach (var e in run.Elements())
        {
            switch (Word.IsWord(e) ? e.Name.LocalName : null)
            {
                case "t":
                    CollapsedText.Append(sb, e.Value);
                    break;
                case "tab" or "ptab":
                    CollapsedText.Append(sb, " ");
                    break;
                case "br" or "cr":
                    if (breakLines && e.Attribute(Word.Attribute(e, "type"))?.Value is null or "textWrapping")
                    {
                        Flush();
                    }
                    else
                    {
                        CollapsedText.Append(sb, " ");
                    }

                    break;
                case "noBreakHyphen":
                    sb.Append('-');
                    break;
                default:
                    // Drawings and VML shapes carry text boxes; mc:AlternateContent offers them twice. A box inside a
                    // box is read with the outer one, so only the outermost are taken.
                    boxes.AddRange(e.DescendantsAndSelf().Where(d => Word.Is(d, "txbxContent") && OnlyShownUpTo(d, run, stopAtBox: true)));
                    break;
            }
        }
    }

    private void Flush()
    {
        var text = CollapsedText.Trimmed(line);
        if (!string.IsNullOrWhiteSpace(text))
        {
            lineId++;
            blocks.Add(new Block(text, new BlockIndexLocation(blocks.Count + 1), lineId));
        }

        line.Clear();
    }

    private void Table(XElement table)
    {
        tableIndex++;
        var grid = DocxTableGrid.Build(table);
        foreach (var row in grid.GroupBy(c => c.Row))
        {
            var texts = row.Select(c => (Cell: c, Text: CellText(c.Element))).ToList();
            if (texts.All(t => string.IsNullOrWhiteSpace(t.Text)))
            {
                continue;
            }

            lineId++;
            foreach (var (cell, text) in texts)
            {
                blocks.Add(new Block(
                    text,
                    new TableCellLocation(tableIndex, cell.Row + 1, cell.Column + 1),
                    lineId,
                    new GridPosition(tableIndex, cell.Row, cell.Column, cell.RowSpan, cell.ColumnSpan)));
            }
        }
    }

    /// <summary>A cell's paragraphs and line breaks as single spaces (labels are folded without spaces).</summary>
    private string CellText(XElement cell)
    {
        var sb = new StringBuilder();
        var boxes = new List<XElement>();
        foreach (var paragraph in cell.Descendants().Where(d => Word.Is(d, "p") && OnlyShownUpTo(d, cell, stopAtBox: false)))
        {
            if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }

            AppendRuns(paragraph, sb, boxes, breakLines: false);
        }

        return CollapsedText.Trimmed(sb);
    }

    /// <summary>A table inside this one makes it layout; one in a text box or a fallback copy does not.</summary>
    private static bool HoldsTable(XElement table) =>
        table.Descendants().Any(d => Word.Is(d, "tbl") && !d.Ancestors().TakeWhile(a => a != table).Any(a => Word.Is(a, "txbxContent") || Word.IsFallback(a)));

    /// <summary>
    /// Whether nothing between the element and its container hides it (a deletion, a fallback copy) or, with
    /// <paramref name="stopAtBox"/>, is itself a text box.
    /// </summary>
    private static bool OnlyShownUpTo(XElement element, XElement container, bool stopAtBox)
    {
        for (var a = element.Parent; a is not null && a != container; a = a.Parent)
        {
            if (!Word.IsShown(a) || (stopAtBox && Word.Is(a, "txbxContent")))
            {
                return false;
            }
        }

        return true;
    }
}
