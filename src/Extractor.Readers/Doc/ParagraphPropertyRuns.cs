using System.Buffers.Binary;

namespace Extractor.Readers.Doc;

/// <summary>
/// The paragraph properties of the WordDocument stream by file offset, from the PlcBtePapx and its 512-byte PAPX
/// FKP pages (MS-DOC 2.9.175): each run of offsets with its grpprl. Looked up by the offset of a paragraph's mark.
/// </summary>
public sealed class ParagraphPropertyRuns
{
    private readonly List<(int Start, int End, byte[] Grpprl)> runs;

    private ParagraphPropertyRuns(List<(int Start, int End, byte[] Grpprl)> runs) => this.runs = runs;

    public int Count => runs.Count;

    public static ParagraphPropertyRuns Read(ReadOnlySpan<byte> plcBtePapx, ReadOnlySpan<byte> wordDocument)
    {
        var runs = new List<(int, int, byte[])>();
        if (plcBtePapx.Length < 4 || (plcBtePapx.Length - 4) % 8 != 0)
        {
            return new ParagraphPropertyRuns(runs);
        }

        var count = (plcBtePapx.Length - 4) / 8;
        var pages = new HashSet<int>();
        for (var k = 0; k < count; k++)
        {
            var page = (int)(BinaryPrimitives.ReadUInt32LittleEndian(plcBtePapx[((4 * (count + 1)) + (4 * k))..]) & 0x3FFFFF);
            if (!pages.Add(page) || ((long)page * 512) + 512 > wordDocument.Length)
            {
                continue;
            }

            ReadPage(wordDocument.Slice(page * 512, 512), runs);
        }

        runs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new ParagraphPropertyRuns(runs);
    }

    private static void ReadPage(ReadOnlySpan<byte> fkp, List<(int, int, byte[])> runs)
    {
        int crun = fkp[511];
        if (crun == 0 || (4 * (crun + 1)) + (13 * crun) > 511)
        {
            return;
        }

        for (var k = 0; k < crun; k++)
        {
            var start = BinaryPrimitives.ReadInt32LittleEndian(fkp[(4 * k)..]);
            var end = BinaryPrimitives.ReadInt32LittleEndian(fkp[(4 * (k + 1))..]);
            var offset = fkp[(4 * (crun + 1)) + (13 * k)] * 2;
            byte[] grpprl = [];
            if (offset > 0 && offset < 511)
            {
                // PapxInFkp: a count of words (the long form when zero), then the style index and the sprms.
                int cb = fkp[offset];
                var at = offset + 1;
                var size = cb == 0 ? 2 * fkp[offset + 1] : (2 * cb) - 1;
                if (cb == 0)
                {
                    at++;
                }

                if (size >= 2 && at + size <= 511)
                {
                    grpprl = fkp.Slice(at + 2, size - 2).ToArray();
                }
            }

            if (end > start)
            {
                runs.Add((start, end, grpprl));
            }
        }
    }

    /// <summary>The sprms of the run holding file offset <paramref name="fc"/>, or empty.</summary>
    public ReadOnlySpan<byte> At(int fc)
    {
        int lo = 0, hi = runs.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var run = runs[mid];
            if (fc < run.Start)
            {
                hi = mid - 1;
            }
            else if (fc >= run.End)
            {
                lo = mid + 1;
            }
            else
            {
                return run.Grpprl;
            }
        }

        return [];
    }
}
