using System.Net;
using System.Text;

namespace Extractor.FixtureGenerator.PdfSources;

/// <summary>Writes an HTML table cell by cell, with the spans the national template's tables use.</summary>
public sealed class HtmlTableWriter
{
    private readonly StringBuilder html = new();

    /// <param name="ruled">Borders on every cell; without, the table is laid out by alignment alone.</param>
    public HtmlTableWriter(bool ruled, string? style = null)
    {
        html.Append(ruled ? "<table border=\"1\"" : "<table border=\"0\" class=\"unruled\"")
            .Append(" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"")
            .Append(style is null ? string.Empty : $" style=\"{style}\"")
            .Append(">\n");
    }

    public HtmlTableWriter Open(string element)
    {
        html.Append('<').Append(element).Append(">\n");
        return this;
    }

    public HtmlTableWriter Close(string element)
    {
        html.Append("</").Append(element).Append(">\n");
        return this;
    }

    /// <summary>One row; each cell is its text with its spans and an optional inline style.</summary>
    public HtmlTableWriter Row(params HtmlCell[] cells)
    {
        html.Append("<tr>");
        foreach (var cell in cells)
        {
            html.Append("<td");
            if (cell.RowSpan > 1)
            {
                html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
            }

            if (cell.ColumnSpan > 1)
            {
                html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
            }

            if (cell.Style is not null)
            {
                html.Append(" style=\"").Append(cell.Style).Append('"');
            }

            html.Append('>').AppendJoin("<br>", cell.Text.Split('\n').Select(WebUtility.HtmlEncode)).Append("</td>");
        }

        html.Append("</tr>\n");
        return this;
    }

    public override string ToString() => html + "</table>\n";
}

/// <summary>A cell of <see cref="HtmlTableWriter"/>; a line feed in its text is a &lt;br&gt;.</summary>
public sealed record HtmlCell(string Text, int RowSpan = 1, int ColumnSpan = 1, string? Style = null)
{
    public static implicit operator HtmlCell(string text) => new(text);
}
