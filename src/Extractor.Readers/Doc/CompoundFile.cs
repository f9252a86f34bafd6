using System.Buffers.Binary;
using System.Text;

namespace Extractor.Readers.Doc;

/// <summary>A compound file that cannot be read, with the one-line reason.</summary>
public sealed class CompoundFileException(string message) : Exception(message);

/// <summary>One entry of a compound file's directory: a storage (folder) or a stream.</summary>
public sealed record CompoundEntry(int Id, string Name, int Type, int Left, int Right, int Child, uint Start, long Size)
{
    public bool IsStream => Type == 2;

    public bool IsStorage => Type is 1 or 5;
}

/// <summary>
/// Reads the streams of an OLE compound file (MS-CFB), the container of Word 97-2003 and WPS documents: header, the
/// FAT found through the DIFAT, the directory, and the mini stream for small streams. Every chain is walked with a
/// step limit (a hostile file can make a chain loop) and every size is checked against the file's, so the work and
/// memory are bounded by the file's own size.
/// </summary>
public sealed class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;
    private const int MaxDirectoryEntries = 1 << 16;

    private readonly byte[] bytes;
    private readonly int sectorSize;
    private readonly int miniSectorSize;
    private readonly uint miniStreamCutoff;
    private readonly uint[] fat;
    private readonly uint[] miniFat;
    private readonly byte[] miniStream;
    private readonly int sectorCount;

    private CompoundFile(byte[] bytes)
    {
        this.bytes = bytes;
        var header = bytes.AsSpan(0, 512);
        if (!header.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            throw new CompoundFileException("not an OLE compound file (wrong signature)");
        }

        var sectorShift = U16(header, 0x1E);
        var miniShift = U16(header, 0x20);
        if (sectorShift is not (9 or 12) || miniShift != 6)
        {
            throw new CompoundFileException($"corrupt compound file header (sector shift {sectorShift}, mini sector shift {miniShift})");
        }

        sectorSize = 1 << sectorShift;
        miniSectorSize = 1 << miniShift;
        sectorCount = (int)((bytes.Length - sectorSize + sectorSize - 1) / sectorSize);
        miniStreamCutoff = U32(header, 0x38);
        fat = ReadFat(header);
        Entries = ReadDirectory(U32(header, 0x30));
        var root = Entries[0];
        miniStream = root.Size > 0 ? ReadChain(root.Start, root.Size, fat, sectorSize, Sector) : [];
        var miniFatStart = U32(header, 0x3C);
        var miniFatSectors = U32(header, 0x40);
        miniFat = miniFatSectors == 0 || miniFatStart >= EndOfChain
            ? []
            : ToUInts(ReadChain(miniFatStart, Math.Min((long)miniFatSectors, sectorCount) * sectorSize, fat, sectorSize, Sector));
    }

    /// <summary>The directory, entry 0 the root storage.</summary>
    public IReadOnlyList<CompoundEntry> Entries { get; }

    /// <exception cref="CompoundFileException">The file is not a compound file, or is cut off or corrupt.</exception>
    public static CompoundFile Open(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 1024)
        {
            throw new CompoundFileException($"truncated compound file: {bytes.Length} bytes, shorter than a header and one sector");
        }

        return new CompoundFile(bytes);
    }

    /// <summary>The names of the root storage's children (streams and storages), found through its red-black tree.</summary>
    public IReadOnlyList<CompoundEntry> RootChildren() => Children(Entries[0]);

    public IReadOnlyList<CompoundEntry> Children(CompoundEntry storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var found = new List<CompoundEntry>();
        var pending = new Stack<int>();
        var seen = new HashSet<int>();
        pending.Push(storage.Child);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id < 0 || id >= Entries.Count || !seen.Add(id))
            {
                continue;
            }

            var entry = Entries[id];
            found.Add(entry);
            pending.Push(entry.Left);
            pending.Push(entry.Right);
        }

        return found;
    }

    public CompoundEntry? Find(string name) =>
        RootChildren().FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A stream's bytes, from the mini stream when it is small.</summary>
    public byte[] Read(CompoundEntry stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.Size > bytes.Length)
        {
            throw new CompoundFileException($"corrupt compound file: stream {stream.Name} claims {stream.Size} bytes, more than the file holds");
        }

        return stream.Size < miniStreamCutoff
            ? ReadChain(stream.Start, stream.Size, miniFat, miniSectorSize, MiniSector)
            : ReadChain(stream.Start, stream.Size, fat, sectorSize, Sector);
    }

    private ReadOnlySpan<byte> Sector(uint index)
    {
        var offset = (long)(index + 1) * sectorSize;
        if (index >= sectorCount || offset + sectorSize > bytes.Length)
        {
            throw new CompoundFileException($"truncated or corrupt compound file: sector {index} lies beyond the end of the file");
        }

        return bytes.AsSpan((int)offset, sectorSize);
    }

    private ReadOnlySpan<byte> MiniSector(uint index)
    {
        var offset = (long)index * miniSectorSize;
        if (offset + miniSectorSize > miniStream.Length)
        {
            throw new CompoundFileException($"corrupt compound file: mini sector {index} lies beyond the mini stream");
        }

        return miniStream.AsSpan((int)offset, miniSectorSize);
    }

    private delegate ReadOnlySpan<byte> SectorReader(uint index);

    /// <summary>Follows a chain for the bytes of a stream; a chain longer than its table can hold loops.</summary>
    private static byte[] ReadChain(uint start, long size, uint[] table, int unit, SectorReader sector)
    {
        if (size <= 0)
        {
            return [];
        }

        var result = new byte[size];
        var written = 0L;
        var current = start;
        var visited = new bool[table.Length];
        while (written < size)
        {
            if (current >= table.Length)
            {
                throw new CompoundFileException("truncated or corrupt compound file: a stream's sector chain ends before the stream does");
            }

            if (visited[current])
            {
                throw new CompoundFileException("corrupt compound file: a sector chain loops");
            }

            visited[current] = true;

            var data = sector(current);
            var take = (int)Math.Min(unit, size - written);
            data[..take].CopyTo(result.AsSpan((int)written));
            written += take;
            current = table[current];
        }

        return result;
    }

    private uint[] ReadFat(ReadOnlySpan<byte> header)
    {
        var fatSectors = U32(header, 0x2C);
        if (fatSectors > (uint)sectorCount)
        {
            throw new CompoundFileException($"corrupt compound file: {fatSectors} FAT sectors declared in a file of {sectorCount} sectors");
        }

        var locations = new List<uint>((int)fatSectors);
        for (var i = 0; i < 109 && locations.Count < fatSectors; i++)
        {
            locations.Add(U32(header, 0x4C + (4 * i)));
        }

        // The DIFAT continues in its own chain of sectors, each ending with the next one's index.
        var difat = U32(header, 0x44);
        var steps = 0;
        while (locations.Count < fatSectors)
        {
            if (difat >= EndOfChain || ++steps > sectorCount)
            {
                throw new CompoundFileException("truncated or corrupt compound file: the DIFAT ends before all FAT sectors are listed");
            }

            var sector = Sector(difat);
            for (var i = 0; i < (sectorSize / 4) - 1 && locations.Count < fatSectors; i++)
            {
                locations.Add(U32(sector, 4 * i));
            }

            difat = U32(sector, sectorSize - 4);
        }

        var table = new uint[locations.Count * (sectorSize / 4)];
        for (var s = 0; s < locations.Count; s++)
        {
            var sector = Sector(locations[s]);
            for (var i = 0; i < sectorSize / 4; i++)
            {
                table[(s * sectorSize / 4) + i] = U32(sector, 4 * i);
            }
        }

        return table;
    }

    private List<CompoundEntry> ReadDirectory(uint start)
    {
        var entries = new List<CompoundEntry>();
        var current = start;
        var visited = new bool[fat.Length];
        while (current != EndOfChain && current != FreeSector)
        {
            if (current >= fat.Length || visited[current] || entries.Count >= MaxDirectoryEntries)
            {
                throw new CompoundFileException("corrupt compound file: the directory's sector chain is broken or loops");
            }

            visited[current] = true;
            var sector = Sector(current);
            for (var offset = 0; offset + 128 <= sectorSize; offset += 128)
            {
                entries.Add(Entry(entries.Count, sector.Slice(offset, 128)));
            }

            current = fat[current];
        }

        if (entries.Count == 0 || entries[0].Type != 5)
        {
            throw new CompoundFileException("corrupt compound file: no root entry in the directory");
        }

        return entries;
    }

    private CompoundEntry Entry(int id, ReadOnlySpan<byte> raw)
    {
        var nameBytes = Math.Clamp((int)U16(raw, 64), 2, 64);
        var name = Encoding.Unicode.GetString(raw[..(nameBytes - 2)]).TrimEnd('\0');

        // Version 3 files leave the high half of the size undefined.
        var size = sectorSize == 512 ? U32(raw, 120) : (long)BinaryPrimitives.ReadUInt64LittleEndian(raw[120..]);
        return new CompoundEntry(id, name, raw[66], (int)U32(raw, 68), (int)U32(raw, 72), (int)U32(raw, 76), U32(raw, 116), size);
    }

    private static uint[] ToUInts(byte[] raw)
    {
        var result = new uint[raw.Length / 4];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(4 * i));
        }

        return result;
    }

    private static ushort U16(ReadOnlySpan<byte> span, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(span[offset..]);

    private static uint U32(ReadOnlySpan<byte> span, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(span[offset..]);
}
