using System.Buffers;
using System.Text;

namespace Extractor.Readers.Text;

/// <summary>
/// GB18030 decoding at table speed. Portal pages in GBK are ASCII markup and two-byte ideographs; the code-page
/// provider's decoder takes several times longer than parsing the page. Two-byte pairs come from a table made once by
/// that same decoder, so the text is always exactly the decoder's own: any other byte sequence (four-byte GB18030,
/// invalid bytes) sends the whole input to it instead.
/// </summary>
public static class Gb18030Text
{
    private const int FirstLead = 0x81;
    private const int LastLead = 0xFE;
    private const int FirstTrail = 0x40;
    private const int TrailsPerLead = 0xFE - FirstTrail + 1;

    // (lead, trail) → char, '\0' where the pair is not a plain two-byte character.
    private static readonly char[] Pairs = BuildPairs();

    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        var pool = ArrayPool<char>.Shared;
        var buffer = pool.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var length = TryDecode(bytes, buffer);
            return length < 0 ? TextDecoder.Gb18030.GetString(bytes) : new string(buffer, 0, length);
        }
        finally
        {
            pool.Return(buffer);
        }
    }

    /// <returns>The number of chars written, or -1 where a sequence needs the full decoder.</returns>
    private static int TryDecode(ReadOnlySpan<byte> bytes, char[] chars)
    {
        var pairs = Pairs;
        var n = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                // Markup is runs of ASCII: widened a vector at a time.
                var run = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
                run = run < 0 ? bytes.Length - i : run;
                Ascii.ToUtf16(bytes.Slice(i, run), chars.AsSpan(n), out var written);
                n += written;
                i += run;
                continue;
            }

            if (b is < FirstLead or > LastLead || i + 1 >= bytes.Length)
            {
                return -1;
            }

            var trail = bytes[i + 1];
            var c = trail >= FirstTrail && trail != 0x7F && trail <= 0xFE ? pairs[((b - FirstLead) * TrailsPerLead) + trail - FirstTrail] : '\0';
            if (c == '\0')
            {
                return -1;
            }

            chars[n++] = c;
            i += 2;
        }

        return n;
    }

    private static char[] BuildPairs()
    {
        var decoder = TextDecoder.Gb18030;
        var pairs = new char[(LastLead - FirstLead + 1) * TrailsPerLead];
        Span<byte> pair = stackalloc byte[2];
        for (var lead = FirstLead; lead <= LastLead; lead++)
        {
            for (var trail = FirstTrail; trail <= 0xFE; trail++)
            {
                if (trail == 0x7F)
                {
                    continue;
                }

                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                var s = decoder.GetString(pair);
                if (s.Length == 1 && s[0] != '\ufffd' && !char.IsSurrogate(s[0]))
                {
                    pairs[((lead - FirstLead) * TrailsPerLead) + trail - FirstTrail] = s[0];
                }
            }
        }

        return pairs;
    }
}
