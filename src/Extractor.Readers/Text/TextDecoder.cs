using System.Text;
using System.Text.Unicode;

namespace Extractor.Readers.Text;

/// <summary>
/// Turns the bytes of a text document into a string: BOM first, then strict UTF-8, then GB18030 (a superset of
/// GBK/GB2312, the other encoding Chinese portals and scrapers save). Refuses binary data instead of guessing.
/// </summary>
public static class TextDecoder
{
    /// <summary>GB18030, which decodes GBK and GB2312 too; the code-page provider must be registered first.</summary>
    public static Encoding Gb18030 { get; } = RegisterAndGet("GB18030");

    /// <summary>The decoded text, or a one-line reason why the bytes are not text.</summary>
    public static (string? Text, string? Failure, string? Note) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Checked(Encoding.UTF8.GetString(bytes[3..]), null);
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

        // Validating first: a decoder exception costs more than decoding a whole GBK file.
        return Utf8.IsValid(bytes)
            ? Checked(Encoding.UTF8.GetString(bytes), null)
            : Checked(Gb18030Text.GetString(bytes), "decoded as GB18030 (not valid UTF-8)");
    }

    private static Encoding RegisterAndGet(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    private static (string? Text, string? Failure, string? Note) Checked(string text, string? note)
    {
        var quality = TextQuality.Measure(text);
        return quality.LooksBinary
            ? (null, $"binary data, not text ({quality.ControlRatio:P0} control characters)", null)
            : quality.LooksGarbled
                ? (null, $"text is garbled ({quality.GarbageRatio:P0} unreadable characters){(note is null ? string.Empty : "; " + note)}", null)
                : (text, null, note);
    }
}
