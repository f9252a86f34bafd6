using System.Globalization;
using System.Text;

namespace Extractor.Readers.Text;

/// <summary>
/// Turns the bytes of a text document into a string: BOM first, then UTF-8 (a handful of invalid bytes replaced),
/// then GB18030 (a superset of GBK/GB2312, the other encoding Chinese portals and scrapers save). Refuses binary data
/// and text that neither decodes, instead of guessing.
/// </summary>
public static class TextDecoder
{
    /// <summary>
    /// GB18030, which decodes GBK and GB2312 too; an invalid byte becomes U+FFFD (the code page's own fallback, '?',
    /// would hide it in the text).
    /// </summary>
    public static Encoding Gb18030 { get; } = RegisterAndGet("GB18030");

    /// <summary>The decoded text, or a one-line reason why the bytes are not text.</summary>
    public static (string? Text, string? Failure, string? Note) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var (utf8, replaced) = TolerantUtf8.Decode(bytes[3..]) ?? (Encoding.UTF8.GetString(bytes[3..]), -1);
            return Checked(utf8, replaced > 0 ? TolerantUtf8.Note(replaced) : null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Checked(Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Checked(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE");
        }

        var nuls = bytes.Count((byte)0);
        if (nuls > 0)
        {
            return (null, $"binary data, not text ({nuls} NUL bytes in {bytes.Length} bytes)", null);
        }

        if (TolerantUtf8.Decode(bytes) is var (text, invalid))
        {
            return Checked(text, invalid > 0 ? TolerantUtf8.Note(invalid) : null);
        }

        var gb = Gb18030Text.GetString(bytes);
        var replacedGb = Replacements(gb);
        return Checked(
            gb,
            replacedGb == 0 ? "decoded as GB18030 (not valid UTF-8)" : $"decoded as GB18030 (not valid UTF-8); {TolerantUtf8.Note(replacedGb)}",
            "neither UTF-8 nor GB18030: as UTF-8 more than 5% of the non-ASCII bytes are invalid; as GB18030");
    }

    /// <summary>Replacement characters in a decoded text: the invalid byte sequences of its source.</summary>
    public static int Replacements(string text) => text.AsSpan().Count('\ufffd');

    private static Encoding RegisterAndGet(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\ufffd"));
    }

    private static (string? Text, string? Failure, string? Note) Checked(string text, string? note, string? garbledBecause = null)
    {
        var quality = TextQuality.Measure(text);
        return quality.LooksBinary
            ? (null, $"binary data, not text ({quality.ControlRatio:P0} control characters)", null)
            : quality.LooksGarbled
                ? (null, garbledBecause is null
                    ? string.Create(CultureInfo.InvariantCulture, $"text is garbled ({quality.GarbageRatio:P0} unreadable characters){(note is null ? string.Empty : "; " + note)}")
                    : string.Create(CultureInfo.InvariantCulture, $"text is garbled: {garbledBecause} {quality.GarbageRatio:P0} of the characters are unreadable"), null)
                : (text, null, note);
    }
}
