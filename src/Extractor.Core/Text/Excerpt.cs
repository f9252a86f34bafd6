namespace Extractor.Core.Text;

/// <summary>A printed text cut to a length that fits in a one-line reason.</summary>
public static class Excerpt
{
    public static string Of(string raw, int max = 24)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var t = raw.Trim();
        return t.Length <= max ? t : string.Concat(t.AsSpan(0, max), "…");
    }
}
