using System.Xml.Linq;

namespace Extractor.Readers.Doc;

/// <summary>
/// Rebuilds a Word binary document's paragraphs as a WordprocessingML body (paragraphs, tables, rows, cells with
/// gridSpan, gridBefore and vMerge), so that the DOCX block writer reads DOC and WPS into exactly the blocks it gives a
/// DOCX. Tables nest by the paragraphs' depth; a row ends at its TTP mark, whose table definition gives the cells'
/// edges: the table's grid columns are the edges of all its rows, and a cell spans the columns between its own edges.
/// </summary>
public sealed class WordprocessingTree
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Edges closer than this (twips, a fiftieth of an inch) are one grid line.</summary>
    private const int EdgeTolerance = 30;

    private readonly XElement body = new(W + "body");
    private readonly Stack<OpenTable> open = new();

    public static XDocument Build(IEnumerable<DocParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var tree = new WordprocessingTree();
        foreach (var p in paragraphs)
        {
            tree.Add(p);
        }

        while (tree.open.Count > 0)
        {
            tree.CloseTable();
        }

        return new XDocument(new XElement(W + "document", tree.body));
    }

    private void Add(DocParagraph p)
    {
        var depth = p.Table.InTable ? Math.Max(1, p.Table.Depth) : 0;
        while (open.Count > depth)
        {
            CloseTable();
        }

        while (open.Count < depth)
        {
            open.Push(new OpenTable());
        }

        if (depth == 0)
        {
            body.Add(Paragraph(p));
            return;
        }

        var table = open.Peek();
        var rowEnd = depth == 1 ? p.Table.RowEnd : p.Table.InnerRowEnd;
        if (rowEnd)
        {
            if (table.Cell.Count > 0)
            {
                table.Cells.Add(table.Cell);
                table.Cell = [];
            }

            table.Rows.Add((table.Cells, p.Table.Cells));
            table.Cells = [];
            return;
        }

        table.Cell.Add(Paragraph(p));
        var cellEnd = depth == 1 ? p.CellMark : p.Table.InnerCellEnd || p.CellMark;
        if (cellEnd)
        {
            table.Cells.Add(table.Cell);
            table.Cell = [];
        }
    }

    private void CloseTable()
    {
        var table = open.Pop();
        if (table.Cell.Count > 0)
        {
            table.Cells.Add(table.Cell);
        }

        if (table.Cells.Count > 0)
        {
            table.Rows.Add((table.Cells, null));
        }

        var element = table.ToElement();
        if (open.Count == 0)
        {
            body.Add(element);
        }
        else
        {
            open.Peek().Cell.Add(element);
        }
    }

    private static XElement Paragraph(DocParagraph p)
    {
        var paragraph = new XElement(W + "p");
        for (var i = 0; i < p.Lines.Count; i++)
        {
            if (i > 0)
            {
                paragraph.Add(new XElement(W + "r", new XElement(W + "br")));
            }

            if (p.Lines[i].Length > 0)
            {
                paragraph.Add(new XElement(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), p.Lines[i])));
            }
        }

        return paragraph;
    }

    private sealed class OpenTable
    {
        public List<XElement> Cell { get; set; } = [];

        public List<List<XElement>> Cells { get; set; } = [];

        public List<(List<List<XElement>> Cells, IReadOnlyList<DocCellDefinition>? Definition)> Rows { get; } = [];

        public XElement ToElement()
        {
            var edges = GridEdges();
            var tbl = new XElement(W + "tbl");
            foreach (var (cells, definition) in Rows)
            {
                var tr = new XElement(W + "tr");
                var defined = definition is not null && definition.Count == cells.Count && edges.Count > 1;
                for (var k = 0; k < cells.Count; k++)
                {
                    var tcPr = new XElement(W + "tcPr");
                    if (defined)
                    {
                        var cell = definition![k];
                        var first = Nearest(edges, cell.Left);
                        var span = Math.Max(1, Nearest(edges, cell.Right) - first);
                        if (k == 0 && first > 0)
                        {
                            tr.Add(new XElement(W + "trPr", new XElement(W + "gridBefore", new XAttribute(W + "val", first))));
                        }

                        if (span > 1)
                        {
                            tcPr.Add(new XElement(W + "gridSpan", new XAttribute(W + "val", span)));
                        }

                        if (cell.VerticalMerge == 3)
                        {
                            tcPr.Add(new XElement(W + "vMerge", new XAttribute(W + "val", "restart")));
                        }
                        else if (cell.VerticalMerge is 1 or 2)
                        {
                            tcPr.Add(new XElement(W + "vMerge"));
                        }

                        if (cell.HorizontalMerge is 2 or 3)
                        {
                            tcPr.Add(new XElement(W + "hMerge"));
                        }
                    }

                    var tc = new XElement(W + "tc", tcPr);
                    tc.Add(cells[k]);
                    tr.Add(tc);
                }

                tbl.Add(tr);
            }

            return tbl;
        }

        /// <summary>The table's grid lines: every row's cell edges, near ones taken as one.</summary>
        private List<int> GridEdges()
        {
            var all = Rows.Where(r => r.Definition is not null)
                .SelectMany(r => r.Definition!.SelectMany(c => new[] { c.Left, c.Right }))
                .Order()
                .ToList();
            var edges = new List<int>();
            foreach (var x in all)
            {
                if (edges.Count == 0 || x - edges[^1] > EdgeTolerance)
                {
                    edges.Add(x);
                }
            }

            return edges;
        }

        private static int Nearest(List<int> edges, int x)
        {
            var best = 0;
            for (var i = 1; i < edges.Count; i++)
            {
                if (Math.Abs(edges[i] - x) < Math.Abs(edges[best] - x))
                {
                    best = i;
                }
            }

            return best;
        }
    }
}
