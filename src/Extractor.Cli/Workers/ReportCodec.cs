using Extractor.Core.Checks;
using Extractor.Core.Documents;
using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Cli.Workers;

/// <summary>
/// A report in a compact binary form, for the pipe between a reader process and the run: every field the four CSV
/// files are written from, and each location as the record the reader made (so a value's provenance is unchanged).
/// </summary>
public static class ReportCodec
{
    private enum LocationKind : byte
    {
        Described,
        TextLine,
        TableCell,
        Page,
        BlockIndex,
    }

    public static void Write(BinaryWriter writer, ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.Write(report.ReportId);
        writer.Write(report.Source);
        writer.Write(report.Format);
        WriteOptional(writer, report.Agency);
        WriteOptional(writer, report.RegionCode);
        writer.Write(report.Year ?? int.MinValue);
        writer.Write(report.Era is { } era ? (sbyte)era : (sbyte)-1);
        writer.Write(report.IsLegacyReport);
        writer.Write((byte)report.Status);
        WriteOptional(writer, report.Error);

        var atoms = new AtomWriter(writer);
        writer.Write(report.Cells.Count);
        foreach (var cell in report.Cells)
        {
            WriteKey(atoms, cell.Key);
            writer.Write((byte)cell.Kind);
            WriteOptional(writer, cell.Number);
            atoms.Write(cell.Raw);
            WriteLocation(writer, cell.Location);
            WriteOptional(writer, cell.Note);
        }

        writer.Write(report.Checks.Count);
        foreach (var check in report.Checks)
        {
            atoms.Write(check.Check);
            atoms.Write(check.Scope);
            WriteOptional(writer, check.Expected);
            WriteOptional(writer, check.Actual);
            writer.Write((byte)check.Outcome);
            writer.Write((byte)check.Severity);
            writer.Write(check.Cells.Count);
            foreach (var key in check.Cells)
            {
                WriteKey(atoms, key);
            }
        }

        writer.Write(report.Sections.Count);
        foreach (var section in report.Sections)
        {
            writer.Write(section.Number);
            writer.Write(section.Heading);
            writer.Write(section.Text);
        }

        WriteStrings(writer, report.Notes);
        WriteStrings(writer, report.AlsoAt);
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> strings)
    {
        writer.Write(strings.Count);
        foreach (var text in strings)
        {
            writer.Write(text);
        }
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var strings = new string[Count(reader)];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        return strings;
    }

    /// <exception cref="InvalidDataException">The bytes are not a report written by <see cref="Write"/>.</exception>
    public static ReportResult Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            return ReadReport(reader);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"not a serialised report: {e.Message}", e);
        }
    }

    private static ReportResult ReadReport(BinaryReader reader)
    {
        var id = reader.ReadString();
        var source = reader.ReadString();
        var format = reader.ReadString();
        var agency = ReadOptionalString(reader);
        var region = ReadOptionalString(reader);
        var yearValue = reader.ReadInt32();
        var eraValue = reader.ReadSByte();
        var legacy = reader.ReadBoolean();
        var status = Defined<ReportStatus>(reader.ReadByte());
        var error = ReadOptionalString(reader);

        var atoms = new AtomReader(reader);
        var cells = new CellValue[Count(reader)];
        for (var i = 0; i < cells.Length; i++)
        {
            var key = ReadKey(atoms);
            var kind = Defined<ValueKind>(reader.ReadByte());
            var number = ReadOptionalDecimal(reader);
            var raw = atoms.Read();
            var location = ReadLocation(reader);
            cells[i] = new CellValue(key, kind, number, raw, location, ReadOptionalString(reader));
        }

        var checks = new CheckResult[Count(reader)];
        for (var i = 0; i < checks.Length; i++)
        {
            var check = atoms.Read();
            var scope = atoms.Read();
            var expected = ReadOptionalDecimal(reader);
            var actual = ReadOptionalDecimal(reader);
            var outcome = Defined<CheckOutcome>(reader.ReadByte());
            var severity = Defined<Severity>(reader.ReadByte());
            var keys = new CellKey[Count(reader)];
            for (var k = 0; k < keys.Length; k++)
            {
                keys[k] = ReadKey(atoms);
            }

            checks[i] = new CheckResult(check, scope, expected, actual, outcome, keys, severity);
        }

        var sections = new Section[Count(reader)];
        for (var i = 0; i < sections.Length; i++)
        {
            sections[i] = new Section(reader.ReadInt32(), reader.ReadString(), reader.ReadString());
        }

        var notes = ReadStrings(reader);
        var alsoAt = ReadStrings(reader);

        return new ReportResult(
            id,
            source,
            format,
            agency,
            region,
            yearValue == int.MinValue ? null : yearValue,
            eraValue < 0 ? null : Defined<Era>((byte)eraValue),
            legacy,
            status,
            error,
            cells,
            checks,
            sections)
        {
            Notes = notes,
            AlsoAt = alsoAt,
        };
    }

    private static void WriteKey(AtomWriter atoms, CellKey key)
    {
        atoms.Write(key.Table);
        atoms.Write(key.Row);
        atoms.Write(key.Column);
    }

    private static CellKey ReadKey(AtomReader atoms) => new(atoms.Read(), atoms.Read(), atoms.Read());

    private static void WriteLocation(BinaryWriter writer, SourceLocation location)
    {
        switch (location)
        {
            case TextLineLocation line:
                writer.Write((byte)LocationKind.TextLine);
                writer.Write(line.Line);
                writer.Write(line.Cell ?? int.MinValue);
                break;
            case TableCellLocation slot:
                writer.Write((byte)LocationKind.TableCell);
                writer.Write(slot.Table);
                writer.Write(slot.Row);
                writer.Write(slot.Column);
                break;
            case PageLocation box:
                writer.Write((byte)LocationKind.Page);
                writer.Write(box.Page);
                writer.Write(box.Left);
                writer.Write(box.Bottom);
                writer.Write(box.Right);
                writer.Write(box.Top);
                break;
            case BlockIndexLocation block:
                writer.Write((byte)LocationKind.BlockIndex);
                writer.Write(block.Index);
                break;
            default:
                // A location kind added later still reaches the CSV as the text it describes itself with.
                writer.Write((byte)LocationKind.Described);
                writer.Write(location.Describe());
                break;
        }
    }

    private static SourceLocation ReadLocation(BinaryReader reader)
    {
        return Defined<LocationKind>(reader.ReadByte()) switch
        {
            LocationKind.TextLine => new TextLineLocation(reader.ReadInt32(), reader.ReadInt32() is var cell && cell != int.MinValue ? cell : null),
            LocationKind.TableCell => new TableCellLocation(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()),
            LocationKind.Page => new PageLocation(reader.ReadInt32(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble()),
            LocationKind.BlockIndex => new BlockIndexLocation(reader.ReadInt32()),
            _ => new DescribedLocation(reader.ReadString()),
        };
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static void WriteOptional(BinaryWriter writer, decimal? number)
    {
        writer.Write(number.HasValue);
        if (number is { } n)
        {
            writer.Write(n);
        }
    }

    private static string? ReadOptionalString(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static decimal? ReadOptionalDecimal(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadDecimal() : null;

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and <= 10_000_000 ? count : throw new FormatException($"a list of {count} items");
    }

    private static T Defined<T>(byte value)
        where T : struct, Enum =>
        value < DefinedValues<T>.Items.Length && DefinedValues<T>.Items[value] is { } item
            ? item
            : throw new FormatException($"{value} is not a {typeof(T).Name}");

    /// <summary>An enum's members by their byte value, looked up once per type rather than by reflection per field.</summary>
    private static class DefinedValues<T>
        where T : struct, Enum
    {
        public static readonly T?[] Items = Build();

        private static T?[] Build()
        {
            var items = new T?[256];
            foreach (var item in Enum.GetValues<T>())
            {
                var value = Convert.ToInt64(item, System.Globalization.CultureInfo.InvariantCulture);
                if (value is >= 0 and < 256)
                {
                    items[value] = item;
                }
            }

            return items;
        }
    }

    /// <summary>
    /// Strings a report repeats (a key's table, row and column, a check's name, a raw "0") are written once per frame and
    /// then by their number, so the run decodes each of them once instead of two hundred times.
    /// </summary>
    private sealed class AtomWriter(BinaryWriter writer)
    {
        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

        public void Write(string text)
        {
            if (numbers.TryGetValue(text, out var number))
            {
                writer.Write7BitEncodedInt(number + 1);
                return;
            }

            numbers.Add(text, numbers.Count);
            writer.Write7BitEncodedInt(0);
            writer.Write(text);
        }
    }

    private sealed class AtomReader(BinaryReader reader)
    {
        private readonly List<string> texts = [];

        public string Read()
        {
            var number = reader.Read7BitEncodedInt();
            if (number == 0)
            {
                var text = reader.ReadString();
                texts.Add(text);
                return text;
            }

            return number <= texts.Count ? texts[number - 1] : throw new FormatException($"string {number} of a frame that has {texts.Count}");
        }
    }

    /// <summary>A location known only by its description, from a reader version with a kind this one lacks.</summary>
    public sealed record DescribedLocation(string Text) : SourceLocation
    {
        public override string Describe() => Text;
    }
}
