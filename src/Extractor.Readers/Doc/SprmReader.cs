using System.Buffers.Binary;

namespace Extractor.Readers.Doc;

/// <summary>
/// Reads the table-related property modifiers (Sprm, MS-DOC 2.6) of a paragraph's grpprl. Only the ones that shape a
/// table are interpreted; the rest are skipped by the size their sprm code declares, and a list that runs past its end
/// is cut there (a corrupt list loses table structure, never the text).
/// </summary>
public static class SprmReader
{
    private const ushort PFInTable = 0x2416;
    private const ushort PFTtp = 0x2417;
    private const ushort PItap = 0x6649;
    private const ushort PDtap = 0x664A;
    private const ushort PFInnerTableCell = 0x244B;
    private const ushort PFInnerTtp = 0x244C;
    private const ushort TDefTable = 0xD608;
    private const ushort TDefTable10 = 0xD606;
    private const ushort TVertMerge = 0xD62B;
    private const ushort PChgTabs = 0xC615;
    private const ushort PHugePapx = 0x6646;

    /// <summary>Word 97 allows 63 cells a row; later versions 63 too.</summary>
    public const int MaxCells = 64;

    /// <summary>Applies the grpprl's table sprms on top of <paramref name="current"/>.</summary>
    /// <param name="data">
    /// The Data stream, where a paragraph whose properties do not fit its FKP page keeps them (sprmPHugePapx: a row end
    /// with a wide table definition, typically); empty where there is none.
    /// </param>
    public static ParagraphTableProperties Apply(ParagraphTableProperties current, ReadOnlySpan<byte> grpprl, ReadOnlySpan<byte> data = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        var p = current;
        var i = 0;
        while (i + 2 <= grpprl.Length)
        {
            var sprm = BinaryPrimitives.ReadUInt16LittleEndian(grpprl[i..]);
            i += 2;
            var size = OperandSize(sprm, grpprl[i..]);
            if (size < 0 || i + size > grpprl.Length)
            {
                break;
            }

            var operand = grpprl.Slice(i, size);
            i += size;
            switch (sprm)
            {
                case PFInTable:
                    p = p with { InTable = operand[0] != 0, Depth = operand[0] != 0 ? Math.Max(p.Depth, 1) : 0 };
                    break;
                case PFTtp:
                    p = p with { RowEnd = operand[0] != 0 };
                    break;
                case PItap:
                    p = p with { Depth = Math.Clamp(BinaryPrimitives.ReadInt32LittleEndian(operand), 0, 64) };
                    break;
                case PDtap:
                    p = p with { Depth = Math.Clamp(p.Depth + BinaryPrimitives.ReadInt32LittleEndian(operand), 0, 64) };
                    break;
                case PFInnerTableCell:
                    p = p with { InnerCellEnd = operand[0] != 0 };
                    break;
                case PFInnerTtp:
                    p = p with { InnerRowEnd = operand[0] != 0 };
                    break;
                case TDefTable or TDefTable10:
                    p = p with { Cells = TableDefinition(operand) ?? p.Cells };
                    break;
                case PHugePapx when data.Length > 0:
                    var at = BinaryPrimitives.ReadUInt32LittleEndian(operand);
                    if (at <= data.Length - 2L)
                    {
                        var length = BinaryPrimitives.ReadUInt16LittleEndian(data[(int)at..]);
                        var huge = data[((int)at + 2)..];
                        p = Apply(p, huge[..Math.Min(length, huge.Length)]);
                    }

                    break;
                case TVertMerge when p.Cells is { } cells && operand.Length >= 3 && operand[1] < cells.Count:
                    var merged = cells.ToArray();
                    merged[operand[1]] = merged[operand[1]] with { VerticalMerge = operand[2] & 3 };
                    p = p with { Cells = merged };
                    break;
            }
        }

        return p;
    }

    /// <summary>The operand's size from the sprm's spra bits; -1 where it cannot be told.</summary>
    private static int OperandSize(ushort sprm, ReadOnlySpan<byte> rest)
    {
        switch (sprm >> 13)
        {
            case 0 or 1:
                return 1;
            case 2 or 4 or 5:
                return 2;
            case 3:
                return 4;
            case 7:
                return 3;
        }

        if (rest.Length < 1)
        {
            return -1;
        }

        if (sprm is TDefTable or TDefTable10)
        {
            // A two-byte count of the bytes that follow it, plus one.
            return rest.Length < 2 ? -1 : BinaryPrimitives.ReadUInt16LittleEndian(rest) + 1;
        }

        if (sprm == PChgTabs && rest[0] == 255)
        {
            // The long form: deleted tabs with their close ranges (4 bytes each), then added tabs (3 bytes each).
            if (rest.Length < 2)
            {
                return -1;
            }

            var deleted = rest[1];
            var addedAt = 2 + (4 * deleted);
            return rest.Length <= addedAt ? -1 : addedAt + 1 + (3 * rest[addedAt]);
        }

        return 1 + rest[0];
    }

    /// <summary>TDefTableOperand: cb, the cell count, the cell edges, then one TC80 (20 bytes) a cell, maybe fewer.</summary>
    private static List<DocCellDefinition>? TableDefinition(ReadOnlySpan<byte> operand)
    {
        if (operand.Length < 3)
        {
            return null;
        }

        var count = operand[2];
        if (count == 0 || count > MaxCells || operand.Length < 3 + (2 * (count + 1)))
        {
            return null;
        }

        var edges = new int[count + 1];
        for (var k = 0; k <= count; k++)
        {
            edges[k] = BinaryPrimitives.ReadInt16LittleEndian(operand[(3 + (2 * k))..]);
        }

        var tcs = operand[(3 + (2 * (count + 1)))..];
        var cells = new List<DocCellDefinition>(count);
        for (var k = 0; k < count; k++)
        {
            var flags = tcs.Length >= (20 * k) + 2 ? BinaryPrimitives.ReadUInt16LittleEndian(tcs[(20 * k)..]) : 0;
            cells.Add(new DocCellDefinition(edges[k], edges[k + 1], flags & 3, (flags >> 5) & 3));
        }

        return cells;
    }
}
