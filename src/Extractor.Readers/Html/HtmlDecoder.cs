using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Extractor.Readers.Text;

namespace Extractor.Readers.Html;

/// <summary>The decoded page and how its encoding was decided.</summary>
public sealed record DecodedPage(string Html, Encoding Encoding, string? Note);

/// <summary>
/// Decides a page's encoding from its bytes: BOM; valid multi-byte UTF-8 (GBK text is never valid UTF-8 at any
/// length, so this beats a wrong declaration); the charset the caller passes from the HTTP header; &lt;meta charset&gt;
/// or http-equiv. A declared charset that yields mojibake falls back to the other Chinese encoding. A page that is
/// neither UTF-8 nor declared is refused with a reason rather than silently garbled.
/// </summary>
public static partial class HtmlDecoder
{
    public static (DecodedPage? Page, string? Failure) Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var (withBom, replaced) = TolerantUtf8.Decode(bytes[3..]) ?? (Encoding.UTF8.GetString(bytes[3..]), 0);
            return (new DecodedPage(withBom, Encoding.UTF8, replaced > 0 ? TolerantUtf8.Note(replaced) : null), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (new DecodedPage(utf16.GetString(bytes[2..]), utf16, null), null);
        }

        var declared = Charset(contentType) ?? MetaCharset(bytes);
        var declaredEncoding = declared is null ? null : EncodingOf(declared);
        var ascii = !bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F);
        // Validated before decoding: a strict decoder's exception costs more than decoding a whole GBK page.
        if (!ascii && Utf8.IsValid(bytes))
        {
            var utf8Text = Encoding.UTF8.GetString(bytes);
            var note = declaredEncoding is not null && declaredEncoding.CodePage != Encoding.UTF8.CodePage
                ? $"declared {declared} but the bytes are UTF-8; read as UTF-8"
                : null;
            return (new DecodedPage(utf8Text, Encoding.UTF8, note), null);
        }

        if (ascii)
        {
            return (new DecodedPage(Encoding.ASCII.GetString(bytes), Encoding.UTF8, null), null);
        }

        // A handful of stray bytes in a UTF-8 page: still UTF-8, whatever the page declares (as for valid UTF-8).
        if (TolerantUtf8.Decode(bytes) is var (tolerated, invalid))
        {
            var notes = new List<string>(2) { TolerantUtf8.Note(invalid) };
            if (declaredEncoding is not null && declaredEncoding.CodePage != Encoding.UTF8.CodePage)
            {
                notes.Add($"declared {declared} but the bytes are UTF-8; read as UTF-8");
            }

            return (new DecodedPage(tolerated, Encoding.UTF8, string.Join("; ", notes)), null);
        }

        if (declaredEncoding is null)
        {
            return (null, declared is null
                ? "charset not declared (no BOM, Content-Type or <meta charset>) and the bytes are not UTF-8; give the charset (e.g. --charset gbk)"
                : $"unknown charset '{declared}' and the bytes are not UTF-8");
        }

        var text = ReferenceEquals(declaredEncoding, TextDecoder.Gb18030) ? Gb18030Text.GetString(bytes) : declaredEncoding.GetString(bytes);
        if (!TextQuality.Measure(text).LooksGarbled && declaredEncoding.CodePage != Encoding.UTF8.CodePage)
        {
            return (new DecodedPage(text, declaredEncoding, ReplacedNote(text, null)), null);
        }

        // Declared UTF-8 (or something else) over GBK bytes: the other Chinese encoding is the only candidate left.
        var fallback = Gb18030Text.GetString(bytes);
        return TextQuality.Measure(fallback).LooksGarbled
            ? (null, $"mis-encoded: neither the declared charset '{declared}' nor GB18030 gives readable text (as UTF-8 more than 5% of the non-ASCII bytes are invalid)")
            : (new DecodedPage(fallback, TextDecoder.Gb18030, ReplacedNote(fallback, $"declared {declared} but the bytes are GBK; read as GB18030")), null);
    }

    private static string? ReplacedNote(string text, string? note)
    {
        var replaced = TextDecoder.Replacements(text);
        return replaced == 0 ? note : note is null ? TolerantUtf8.Note(replaced) : $"{note}; {TolerantUtf8.Note(replaced)}";
    }

    /// <summary>gbk, gb2312, x-gbk and gb18030 all read as GB18030, a superset of each.</summary>
    public static Encoding? EncodingOf(string name)
    {
        var n = name.Trim().Trim('"', '\'').ToLowerInvariant();
        if (n is "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "gb18030" or "cp936" or "euc-cn" or "windows-936")
        {
            return TextDecoder.Gb18030;
        }

        // UTF-7 is barred from the web (it smuggles markup past filters); the code pages must be registered first,
        // whatever this process read before, or big5 would work only after a GBK file had been seen.
        if (n is "utf-7" or "utf7" or "unicode-1-1-utf-7" or "csunicode11utf7")
        {
            return null;
        }

        _ = TextDecoder.Gb18030;
        try
        {
            return Encoding.GetEncoding(n);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    public static string? Charset(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var m = CharsetParameter().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = MetaCharsetTag().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetTag();
}
