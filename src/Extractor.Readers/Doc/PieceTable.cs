using System.Buffers.Binary;
using System.Text;

namespace Extractor.Readers.Doc;

/// <summary>A run of the document's characters stored together: CPs [Start, End) at file offset Fc.</summary>
/// <param name="Compressed">One byte a character (Windows-1252) rather than two (UTF-16).</param>
/// <param name="Sprms">Properties the piece applies to its paragraphs (a Prm pointing into the CLX), or empty.</param>
public sealed record Piece(int Start, int End, int Fc, bool Compressed, byte[] Sprms)
{
    /// <summary>The WordDocument stream offset of character <paramref name="cp"/> of this piece.</summary>
    public int FcOf(int cp) => Fc + ((cp - Start) * (Compressed ? 1 : 2));
}

/// <summary>
/// The piece table (the CLX's PlcPcd, MS-DOC 2.9.38): where each run of the document's text lies in the WordDocument
/// stream, compressed or not. It is the only reliable way to the text, also after fast saves.
/// </summary>
public static class PieceTable
{
    /// <summary>Windows-1252's 0x80-0x9F, as compressed pieces store them (MS-DOC 2.4.1).</summary>
    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    public static List<Piece> Read(ReadOnlySpan<byte> clx)
    {
        var prcs = new List<byte[]>();
        var i = 0;
        while (i < clx.Length && clx[i] == 0x01)
        {
            if (i + 3 > clx.Length)
            {
                throw new WordBinaryException("corrupt Word document: the piece table is cut off");
            }

            var size = BinaryPrimitives.ReadInt16LittleEndian(clx[(i + 1)..]);
            if (size < 0 || i + 3 + size > clx.Length)
            {
                throw new WordBinaryException("corrupt Word document: a property list of the piece table runs past its end");
            }

            prcs.Add(clx.Slice(i + 3, size).ToArray());
            i += 3 + size;
        }

        if (i + 5 > clx.Length || clx[i] != 0x02)
        {
            throw new WordBinaryException("corrupt Word document: no piece table where the FIB says");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(clx[(i + 1)..]);
        var plc = clx[(i + 5)..];
        if (length < 4 || length > plc.Length || (length - 4) % 12 != 0)
        {
            throw new WordBinaryException("corrupt Word document: the piece table's size does not fit its entries");
        }

        var count = (length - 4) / 12;
        var pieces = new List<Piece>(count);
        for (var k = 0; k < count; k++)
        {
            var start = BinaryPrimitives.ReadInt32LittleEndian(plc[(4 * k)..]);
            var end = BinaryPrimitives.ReadInt32LittleEndian(plc[(4 * (k + 1))..]);
            var pcd = plc[((4 * (count + 1)) + (8 * k))..];
            var fcRaw = BinaryPrimitives.ReadUInt32LittleEndian(pcd[2..]);
            var prm = BinaryPrimitives.ReadUInt16LittleEndian(pcd[6..]);
            var compressed = (fcRaw & 0x40000000) != 0;
            var fc = (int)(fcRaw & 0x3FFFFFFF);
            if (start < 0 || end < start)
            {
                throw new WordBinaryException("corrupt Word document: the piece table's character positions do not rise");
            }

            // A Prm with fComplex set names a property list of the CLX; the short form carries one sprm, rarely table ones.
            var sprms = (prm & 1) != 0 && (prm >> 1) < prcs.Count ? prcs[prm >> 1] : [];
            pieces.Add(new Piece(start, end, compressed ? fc / 2 : fc, compressed, sprms));
        }

        return pieces;
    }

    /// <summary>The characters [0, <paramref name="length"/>) of the document, piece by piece.</summary>
    public static string Text(IReadOnlyList<Piece> pieces, ReadOnlySpan<byte> wordDocument, int length)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var sb = new StringBuilder(length);
        foreach (var piece in pieces)
        {
            if (piece.Start >= length)
            {
                break;
            }

            if (piece.Start != sb.Length)
            {
                throw new WordBinaryException("corrupt Word document: the piece table leaves a gap in the text");
            }

            var count = Math.Min(piece.End, length) - piece.Start;
            var bytes = count * (piece.Compressed ? 1 : 2);
            if (piece.Fc < 0 || (long)piece.Fc + bytes > wordDocument.Length)
            {
                throw new WordBinaryException("truncated or corrupt Word document: a piece of the text lies beyond the WordDocument stream");
            }

            var raw = wordDocument.Slice(piece.Fc, bytes);
            if (piece.Compressed)
            {
                foreach (var b in raw)
                {
                    sb.Append(b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b);
                }
            }
            else
            {
                sb.Append(Encoding.Unicode.GetString(raw));
            }
        }

        if (sb.Length < length)
        {
            throw new WordBinaryException($"corrupt Word document: the piece table covers {sb.Length} of the {length} characters of the text");
        }

        return sb.ToString();
    }
}
