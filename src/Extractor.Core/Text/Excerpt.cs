namespace Extractor.Core.Text;

/// <summary>Texts shaped to fit in a one-line reason.</summary>
public static class Excerpt
{
    public static string Of(string raw, int max = 24)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var t = raw.Trim();
        return t.Length <= max ? t : string.Concat(t.AsSpan(0, max), "…");
    }

    /// <summary>An exception's or a server's message on one line, for the one-line reason columns.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ReplaceLineEndings(" ").Trim();
    }
}
