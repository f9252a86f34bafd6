using System.Text;

namespace Extractor.Readers.Text;

/// <summary>
/// Markup white space as a reader flattens it: runs of space, tab, CR, LF and form feed become one space; the
/// non-breaking space stays, since scraped values keep it ("0\u00a0"). HTML and DOCX text are both built this way.
/// </summary>
public static class CollapsedText
{
    public static void Append(StringBuilder sb, string text)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
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

    /// <summary>The builder's text without leading or trailing spaces, built as one string.</summary>
    public static string Trimmed(StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb);
        int start = 0, end = sb.Length;
        while (start < end && sb[start] == ' ')
        {
            start++;
        }

        while (end > start && sb[end - 1] == ' ')
        {
            end--;
        }

        return sb.ToString(start, end - start);
    }
}
