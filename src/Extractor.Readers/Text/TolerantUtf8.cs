using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Extractor.Readers.Text;

/// <summary>
/// UTF-8 with a few bad bytes, as scraped archives are full of (a stray 0xFF, a character cut in two by a bad copy).
/// Such text is clearly UTF-8 and is read with a replacement character for each bad sequence; text in another encoding
/// (GBK is never close to valid UTF-8) is told apart by the share of its non-ASCII bytes that are invalid.
/// </summary>
public static class TolerantUtf8
{
    /// <summary>The largest share of the non-ASCII bytes that may be invalid for the bytes to still be taken as UTF-8.</summary>
    public const double MaxInvalidShare = 0.05;

    /// <returns>
    /// The text, with U+FFFD for each invalid sequence, and the number of bytes replaced; null where too many bytes
    /// are invalid for the bytes to be UTF-8.
    /// </returns>
    public static (string Text, int InvalidBytes)? Decode(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), 0);
        }

        // Counted by runs (vectorised), so a GBK page, invalid at nearly every pair, is given up within its first
        // tenth of Chinese text.
        var bound = (int)((bytes.Length - CountAscii(bytes)) * MaxInvalidShare);
        var pool = ArrayPool<char>.Shared;

        // Every byte gives at most one UTF-16 char (a replacement char stands for one or more bytes).
        var chars = pool.Rent(Math.Max(bytes.Length, 1));
        try
        {
            int read = 0, written = 0, invalid = 0;
            while (read < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[read..], chars.AsSpan(written), out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
                read += bytesRead;
                written += charsWritten;
                if (status == OperationStatus.Done)
                {
                    break;
                }

                // The maximal invalid subsequence, as the Unicode standard counts it: one replacement char for it.
                Rune.DecodeFromUtf8(bytes[read..], out _, out var bad);
                bad = Math.Max(bad, 1);
                invalid += bad;
                if (invalid > bound)
                {
                    return null;
                }

                chars[written++] = '\ufffd';
                read += bad;
            }

            return (new string(chars, 0, written), invalid);
        }
        finally
        {
            pool.Return(chars);
        }
    }

    private static int CountAscii(ReadOnlySpan<byte> bytes)
    {
        var ascii = 0;
        while (!bytes.IsEmpty)
        {
            var run = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (run < 0)
            {
                return ascii + bytes.Length;
            }

            ascii += run;
            var other = bytes[run..].IndexOfAnyInRange((byte)0, (byte)0x7F);
            bytes = other < 0 ? [] : bytes[(run + other)..];
        }

        return ascii;
    }

    /// <summary>The note for a document read with replaced bytes.</summary>
    public static string Note(int invalidBytes) => invalidBytes == 1 ? "1 invalid byte replaced" : $"{invalidBytes} invalid bytes replaced";
}
