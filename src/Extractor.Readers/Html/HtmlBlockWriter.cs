using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Core.Documents;

namespace Extractor.Readers.Html;

/// <summary>
/// Flattens a page's DOM into blocks: one per paragraph-like run of text (split at block elements and &lt;br&gt;),
/// and one per table cell with its grid slot. Tables that hold other tables are layout, and are read as flow.
/// Remembers the element each block came from, so the report body can be chosen afterwards.
/// </summary>
public sealed class HtmlBlockWriter
{
    private static readonly HashSet<string> Skipped =
        ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select", "option", "button", "input", "textarea", "head", "nav", "footer", "aside", "map"];

    private static readonly HashSet<string> BlockLevel =
        ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "main", "header", "tr", "td", "th", "blockquote", "pre", "center", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "caption", "form", "fieldset", "hr", "address", "figure", "figcaption"];

    private readonly List<Block> blocks = [];
    private readonly List<IElement> origins = [];
    private readonly StringBuilder line = new();
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
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendText(text.Data, container);
                    break;
                case IElement el when IsSkipped(el):
                    break;
                case IElement el when el.LocalName == "br":
                    Flush();
                    break;
                case IHtmlTableElement table when !IsLayout(table):
                    Flush();
                    WriteTable(table);
                    break;
                case IElement el when BlockLevel.Contains(el.LocalName):
                    Flush();
                    Walk(el, el);
                    Flush();
                    break;
                case IElement el:
                    Walk(el, container);
                    break;
            }
        }
    }

    private void AppendText(string data, IElement container)
    {
        if (line.Length == 0 && string.IsNullOrWhiteSpace(data.Replace('\u00a0', 'x')))
        {
            return;
        }

        lineOrigin ??= container;
        AppendCollapsed(line, data);
    }

    private void Flush()
    {
        var text = line.ToString().Trim(' ');
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
        foreach (var row in TableGrid.Build(table).GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            // A hidden cell keeps its slot but prints nothing; a hidden row prints nothing at all.
            if (row.First().Element.ParentElement is { } tr && IsSkipped(tr))
            {
                continue;
            }

            var texts = row.OrderBy(c => c.Column).Select(c => (Cell: c, Text: IsSkipped(c.Element) ? string.Empty : CellText(c.Element))).ToList();
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
                origins.Add(table);
            }
        }
    }

    /// <summary>A cell's text with its paragraphs and line breaks as single spaces (labels are folded without spaces).</summary>
    private static string CellText(IElement cell)
    {
        // Most cells of a plain table hold one text node: nothing to walk.
        if (cell.ChildNodes.Length == 1 && cell.FirstChild is IText only)
        {
            var data = only.Data;
            return data.AsSpan().IndexOfAny(" \t\r\n\f") < 0 ? data : Collapsed(data);
        }

        var sb = new StringBuilder();
        Collect(cell, sb);
        return sb.ToString().Trim(' ');

        static void Collect(INode node, StringBuilder sb)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    AppendCollapsed(sb, t.Data);
                }
                else if (child is IElement el && !IsSkipped(el))
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
        AppendCollapsed(sb, data);
        return sb.ToString().Trim(' ');
    }

    /// <summary>HTML white space (not the non-breaking space, which scraped values keep) collapses to one space.</summary>
    private static void AppendCollapsed(StringBuilder sb, string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
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
