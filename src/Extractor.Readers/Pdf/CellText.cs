using System.Text;

namespace Extractor.Readers.Pdf;

/// <summary>
/// A table cell's text from its letters: lines top to bottom joined with a space, as an HTML cell's line breaks
/// are. Two exceptions: a label set vertically (one character per line in a narrow cell) is one word, and a number
/// wrapped inside a narrow cell is one number.
/// </summary>
public static class CellText
{
    public static string Compose(IEnumerable<PageLetter> letters)
    {
        var lines = PageTextLines.Build(letters);
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        if (lines.Count >= 2 && lines.All(l => l.Letters.Count == 1))
        {
            return string.Concat(lines.Select(l => l.Text));
        }

        var text = new StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i].Text;
            if (!(text.Length > 0 && char.IsAsciiDigit(text[^1]) && next.Length > 0 && char.IsAsciiDigit(next[0])))
            {
                text.Append(' ');
            }

            text.Append(next);
        }

        return text.ToString();
    }
}
