using System.Buffers.Binary;
using System.Text;

namespace Extractor.Readers.Doc;

/// <summary>A paragraph of the main text as Word shows it (fields by their result), with what it says about tables.</summary>
/// <param name="Lines">The paragraph's text, split at manual line breaks.</param>
/// <param name="CellMark">The paragraph ends with a cell mark (0x07) rather than a paragraph mark.</param>
public sealed record DocParagraph(IReadOnlyList<string> Lines, bool CellMark, ParagraphTableProperties Table);

/// <summary>
/// The main text of a Word 97-2003 binary document (MS-DOC), found through the FIB of the WordDocument stream: the piece
/// table in the 0Table or 1Table stream gives the characters, the PAPX pages the paragraph properties at each mark.
/// </summary>
public static class WordBinaryDocument
{
    /// <summary>A report's main text is some tens of thousands of characters; far above this it is not a report.</summary>
    public const int MaxCharacters = 8 << 20;

    private const ushort WordIdent = 0xA5EC;
    private const int FcClx = 33;
    private const int FcPlcfBtePapx = 13;

    /// <summary>The FIB's view of the file: text length and where the tables stream's structures lie.</summary>
    public sealed record Fib(int TextLength, bool UsesTable1, int NFib, IReadOnlyList<(int Fc, int Length)> FcLcb);

    public static Fib ReadFib(ReadOnlySpan<byte> word)
    {
        if (word.Length < 68 || BinaryPrimitives.ReadUInt16LittleEndian(word) != WordIdent)
        {
            throw new WordBinaryException(word.Length >= 2 && BinaryPrimitives.ReadUInt16LittleEndian(word) is 0xA5DC or 0xA699 or 0xA697
                ? "a Word 6/95 or older document: not read (save it as a Word 97-2003 or later document)"
                : "corrupt Word document: the WordDocument stream does not start with a FIB");
        }

        int nFib = BinaryPrimitives.ReadUInt16LittleEndian(word[2..]);
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(word[0x0A..]);
        var encrypted = (flags & 0x0100) != 0;
        var usesTable1 = (flags & 0x0200) != 0;
        if (encrypted)
        {
            // Only the FIB's first 68 bytes are in the clear; the rest of the stream is ciphered (RC4 or XOR).
            throw new WordBinaryException("encrypted Word document: it cannot be opened without a password");
        }

        if (nFib < 101)
        {
            throw new WordBinaryException($"a Word document older than Word 97 (nFib {nFib}): not read");
        }

        // FibBase (32 bytes), then three counted arrays: 16-bit values, 32-bit values, and (offset, length) pairs.
        var at = 32;
        int csw = BinaryPrimitives.ReadUInt16LittleEndian(word[at..]);
        at += 2 + (2 * csw);
        if (at + 2 > word.Length)
        {
            throw new WordBinaryException("corrupt Word document: the FIB is cut off");
        }

        int cslw = BinaryPrimitives.ReadUInt16LittleEndian(word[at..]);
        var lw = at + 2;
        at = lw + (4 * cslw);
        if (cslw < 4 || at + 2 > word.Length)
        {
            throw new WordBinaryException("corrupt Word document: the FIB is cut off");
        }

        var ccpText = BinaryPrimitives.ReadInt32LittleEndian(word[(lw + 12)..]);
        int pairs = BinaryPrimitives.ReadUInt16LittleEndian(word[at..]);
        at += 2;
        if (at + (8 * pairs) > word.Length || pairs <= FcClx)
        {
            throw new WordBinaryException("corrupt Word document: the FIB is cut off");
        }

        var fcLcb = new (int, int)[pairs];
        for (var k = 0; k < pairs; k++)
        {
            fcLcb[k] = (BinaryPrimitives.ReadInt32LittleEndian(word[(at + (8 * k))..]), BinaryPrimitives.ReadInt32LittleEndian(word[(at + (8 * k) + 4)..]));
        }

        return new Fib(ccpText, usesTable1, nFib, fcLcb);
    }

    /// <summary>The main text's paragraphs, in order.</summary>
    /// <param name="data">The Data stream, or empty where the file has none.</param>
    public static List<DocParagraph> Paragraphs(Fib fib, ReadOnlySpan<byte> word, ReadOnlySpan<byte> table, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(fib);
        if (fib.TextLength < 0 || fib.TextLength > MaxCharacters)
        {
            throw new WordBinaryException($"corrupt Word document or not a report: {fib.TextLength} characters of main text (limit {MaxCharacters})");
        }

        var pieces = PieceTable.Read(Slice(table, fib.FcLcb[FcClx], "piece table"));
        var text = PieceTable.Text(pieces, word, fib.TextLength);
        var properties = ParagraphPropertyRuns.Read(Slice(table, fib.FcLcb[FcPlcfBtePapx], "paragraph property table"), word);

        var paragraphs = new List<DocParagraph>();
        var lines = new List<string>();
        var line = new StringBuilder();

        // Field nesting: code from 0x13 to 0x14 is not shown, the result from 0x14 to 0x15 is.
        var fields = new Stack<bool>();
        var piece = 0;
        for (var cp = 0; cp < text.Length; cp++)
        {
            var c = text[cp];
            switch (c)
            {
                case '\u0013':
                    fields.Push(false);
                    continue;
                case '\u0014':
                    if (fields.Count > 0)
                    {
                        fields.Pop();
                        fields.Push(true);
                    }

                    continue;
                case '\u0015':
                    if (fields.Count > 0)
                    {
                        fields.Pop();
                    }

                    continue;
            }

            if (c is not ('\r' or '\u0007') && fields.Count > 0 && !fields.Peek())
            {
                continue;
            }

            switch (c)
            {
                case '\r' or '\u0007':
                    while (piece < pieces.Count - 1 && cp >= pieces[piece].End)
                    {
                        piece++;
                    }

                    var props = SprmReader.Apply(ParagraphTableProperties.None, properties.At(pieces[piece].FcOf(cp)), data);
                    if (pieces[piece].Sprms.Length > 0)
                    {
                        props = SprmReader.Apply(props, pieces[piece].Sprms, data);
                    }

                    lines.Add(line.ToString());
                    line.Clear();
                    paragraphs.Add(new DocParagraph(lines.ToArray(), c == '\u0007', props));
                    lines.Clear();
                    fields.Clear();
                    break;
                case '\u000B' or '\u000C' or '\u000E':
                    lines.Add(line.ToString());
                    line.Clear();
                    break;
                case '\t' or '\u00A0':
                    line.Append(' ');
                    break;
                case '\u001E':
                    line.Append('-');
                    break;
                case < ' ' or '\u001F':
                    // Anchors of pictures, drawn objects, footnote and comment references: nothing printed.
                    break;
                default:
                    line.Append(c);
                    break;
            }
        }

        if (line.Length > 0 || lines.Count > 0)
        {
            lines.Add(line.ToString());
            paragraphs.Add(new DocParagraph(lines.ToArray(), false, ParagraphTableProperties.None));
        }

        return paragraphs;
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> stream, (int Fc, int Length) at, string what)
    {
        if (at.Fc < 0 || at.Length < 0 || (long)at.Fc + at.Length > stream.Length)
        {
            throw new WordBinaryException($"truncated or corrupt Word document: the {what} lies beyond the table stream");
        }

        return stream.Slice(at.Fc, at.Length);
    }
}
