using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Core.Documents;
using Extractor.Readers.Text;

namespace Extractor.Readers.Html;

/// <summary>
/// Flattens a page's DOM into blocks: one per paragraph-like run of text (split at block elements and &lt;br&gt;),
/// and one per table cell with its grid slot. Tables that hold other tables are layout, and are read as flow.
/// Remembers the element each block came from, so the report body can be chosen afterwards.
/// </summary>
public sealed class HtmlBlockWriter
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(
        StringComparer.Ordinal,
        ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select", "option", "button", "input", "textarea", "head", "nav", "footer", "aside", "map"]);

    private static readonly FrozenSet<string> BlockLevel = FrozenSet.Create(
        StringComparer.Ordinal,
        ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "main", "header", "tr", "td", "th", "blockquote", "pre", "center", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "caption", "form", "fieldset", "hr", "address", "figure", "figcaption"]);

    private readonly List<Block> blocks = [];
    private readonly List<IElement> origins = [];
    private readonly StringBuilder line = new();
    private readonly StringBuilder cellText = new();
    private IElement? lineOrigin;
    private int lineId;
    private int tableIndex;

    public IReadOnlyList<Block> Blocks => blocks;

    /// <summary>The element each block was read from (a table cell's table, a paragraph's innermost block element).</summary>
    public IReadOnlyList<IElement> Origins => origins;

    public static HtmlBlockWriter Write(IElement root)
    {
        var writer = new HtmlBlockWriter();
        writer.Walk(root, root);
        writer.Flush();
        return writer;
    }

    private void Walk(INode node, IElement container)
    {
        // Indexing, not foreach: the node list's enumerator is boxed, once per element of the page.
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child.NodeType == NodeType.Text)
            {
                AppendText(((IText)child).Data, container);
                continue;
            }

            if (child.NodeType != NodeType.Element)
            {
                continue;
            }

            var el = (IElement)child;
            if (IsSkipped(el))
            {
                continue;
            }

            var name = el.LocalName;
            if (name == "br")
            {
                Flush();
            }
            else if (el is IHtmlTableElement table && !IsLayout(table))
            {
                Flush();
                WriteTable(table);
            }
            else if (BlockLevel.Contains(name))
            {
                Flush();
                Walk(el, el);
                Flush();
            }
            else
            {
                Walk(el, container);
            }
        }
    }

    private void AppendText(string data, IElement container)
    {
        // White space alone does not start a line; a non-breaking space does (scraped values keep it).
        if (line.Length == 0 && !HasPrintable(data))
        {
            return;
        }

        lineOrigin ??= container;
        CollapsedText.Append(line, data);
    }

    private void Flush()
    {
        var text = CollapsedText.Trimmed(line);
        if (text.Length > 0 && !string.IsNullOrWhiteSpace(text))
        {
            lineId++;
            blocks.Add(new Block(text, new BlockIndexLocation(blocks.Count + 1), lineId));
            origins.Add(lineOrigin!);
        }

        line.Clear();
        lineOrigin = null;
    }

    private void WriteTable(IHtmlTableElement table)
    {
        tableIndex++;

        // The grid lists a row's cells together, rows in order and columns rising within a row.
        var grid = TableGrid.Build(table);
        var texts = new List<(GridCell Cell, string Text)>();
        for (var start = 0; start < grid.Count;)
        {
            var end = start + 1;
            while (end < grid.Count && grid[end].Row == grid[start].Row)
            {
                end++;
            }

            WriteRow(table, grid, start, end, texts);
            start = end;
        }
    }

    private void WriteRow(IHtmlTableElement table, List<GridCell> grid, int start, int end, List<(GridCell Cell, string Text)> texts)
    {
        // A hidden cell keeps its slot but prints nothing; a hidden row prints nothing at all.
        if (grid[start].Element.ParentElement is { } tr && IsSkipped(tr))
        {
            return;
        }

        texts.Clear();
        var printed = false;
        for (var i = start; i < end; i++)
        {
            var cell = grid[i];
            var text = IsSkipped(cell.Element) ? string.Empty : CellText(cell.Element);
            printed |= !string.IsNullOrWhiteSpace(text);
            texts.Add((cell, text));
        }

        if (!printed)
        {
            return;
        }

        lineId++;
        foreach (var (cell, text) in texts)
        {
            blocks.Add(new Block(
                text,
                new TableCellLocation(tableIndex, cell.Row + 1, cell.Column + 1),
                lineId,
                new GridPosition(tableIndex, cell.Row, cell.Column, cell.RowSpan, cell.ColumnSpan)));
            origins.Add(table);
        }
    }

    /// <summary>A cell's text with its paragraphs and line breaks as single spaces (labels are folded without spaces).</summary>
    private string CellText(IElement cell)
    {
        // Most cells of a plain table hold one text node: nothing to walk.
        var children = cell.ChildNodes;
        if (children.Length == 1 && children[0] is IText only)
        {
            var data = only.Data;
            return data.AsSpan().IndexOfAny(" \t\r\n\f") < 0 ? data : Collapsed(data);
        }

        cellText.Clear();
        Collect(cell, cellText);
        return CollapsedText.Trimmed(cellText);

        static void Collect(INode node, StringBuilder sb)
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child.NodeType == NodeType.Text)
                {
                    CollapsedText.Append(sb, ((IText)child).Data);
                }
                else if (child.NodeType == NodeType.Element && child is IElement el && !IsSkipped(el))
                {
                    var separate = el.LocalName == "br" || BlockLevel.Contains(el.LocalName);
                    if (separate && sb.Length > 0 && sb[^1] != ' ')
                    {
                        sb.Append(' ');
                    }

                    Collect(el, sb);
                }
            }
        }
    }

    private static string Collapsed(string data)
    {
        var sb = new StringBuilder(data.Length);
        CollapsedText.Append(sb, data);
        return CollapsedText.Trimmed(sb);
    }

    private static bool HasPrintable(string data)
    {
        foreach (var c in data)
        {
            if (c == '\u00a0' || !char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    // GetElementsByTagName is a plain tree walk; QuerySelector would parse a selector for every table.
    // Ordinal searches are vectorised; the case-insensitive ones cost more than the rest of a Word-pasted page's walk.
    private static bool MayHide(string style) =>
        style.Contains("none", StringComparison.Ordinal) || style.Contains("hidden", StringComparison.Ordinal)
        || style.Contains("NONE", StringComparison.Ordinal) || style.Contains("HIDDEN", StringComparison.Ordinal)
        || style.Contains("None", StringComparison.Ordinal) || style.Contains("Hidden", StringComparison.Ordinal);

    private static bool IsLayout(IHtmlTableElement table) => table.GetElementsByTagName("table").Length > 0;

    private static bool IsSkipped(IElement el)
    {
        if (el.Attributes.Length == 0)
        {
            return Skipped.Contains(el.LocalName);
        }

        if (Skipped.Contains(el.LocalName) || el.HasAttribute("hidden"))
        {
            return true;
        }

        var style = el.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        // Word-pasted pages style every span: look closer only at the few styles that can hide anything.
        if (!MayHide(style))
        {
            return false;
        }

        var s = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return s.Contains("display:none", StringComparison.Ordinal) || s.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
