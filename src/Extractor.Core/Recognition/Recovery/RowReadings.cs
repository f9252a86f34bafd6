using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition.Recovery;

/// <summary>
/// Lists the readings of a row whose printed values do not match its columns one for one: its runs are cut into
/// numbers (each run gives at least one), and the numbers stand in the columns in order, the columns left over being
/// blanks the print dropped. A reading survives only where the row's own identities hold (blank read as nothing).
/// The readings are counted first; past <see cref="MaxReadings"/> none is listed.
/// </summary>
public static class RowReadings
{
    public const long MaxReadings = 250_000;

    /// <summary>An identity within the row: sum of the left columns = sum of the right ones (column indexes).</summary>
    public sealed record LocalIdentity(int[] Left, int[] Right);

    /// <returns>The surviving readings, or null with the number of readings when there are too many to search.</returns>
    public static (List<RowReading>? Readings, long Count) Read(
        IReadOnlyList<PrintedPiece> pieces, IReadOnlyList<CellType> columns, IReadOnlyList<LocalIdentity> identities)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentNullException.ThrowIfNull(columns);
        var width = columns.Count;
        var n = pieces.Count;
        if (n == 0 || n > width)
        {
            return ([], 0);
        }

        // ways[m]: cuts of all pieces into m numbers in total.
        var ways = new long[width + 1];
        ways[0] = 1;
        foreach (var piece in pieces)
        {
            var own = piece.Splittable ? RunSplits.CountWays(piece.Digits, width, MaxReadings + 1) : Single(width);
            var next = new long[width + 1];
            for (var a = 0; a <= width; a++)
            {
                for (var b = 1; a + b <= width && ways[a] > 0; b++)
                {
                    next[a + b] = Math.Min(MaxReadings + 1, next[a + b] + Math.Min(MaxReadings + 1, ways[a] * own[b]));
                }
            }

            ways = next;
        }

        long count = 0;
        for (var m = n; m <= width; m++)
        {
            count = Math.Min(long.MaxValue / 2, count + Math.Min(MaxReadings + 1, ways[m] * Choose(width, m)));
        }

        if (count > MaxReadings)
        {
            return (null, count);
        }

        var survivors = new List<RowReading>();
        var parts = new List<RunSplits.Part>(width);
        // One scratch reading is filled per candidate; only the survivors are copied.
        var scratch = new RowReading(new decimal?[width], new ValueKind[width], new RunSplits.Part[width]);
        CutPieces(pieces, 0, parts, width, cut =>
        {
            foreach (var chosen in Combinations(width, cut.Count))
            {
                if (Fill(scratch, pieces, columns, cut, chosen) && HoldsAll(scratch, identities))
                {
                    survivors.Add(new RowReading([.. scratch.Values], [.. scratch.Kinds], [.. scratch.Sources]));
                }
            }
        });

        return (survivors, count);
    }

    private static long[] Single(int width)
    {
        var w = new long[width + 1];
        w[1] = 1;
        return w;
    }

    private static void CutPieces(IReadOnlyList<PrintedPiece> pieces, int index, List<RunSplits.Part> parts, int width, Action<List<RunSplits.Part>> visit)
    {
        if (index == pieces.Count)
        {
            visit(parts);
            return;
        }

        var piece = pieces[index];
        var room = width - parts.Count - (pieces.Count - index - 1);
        if (!piece.Splittable)
        {
            parts.Add(new RunSplits.Part(index, 0, piece.Digits.Length));
            CutPieces(pieces, index + 1, parts, width, visit);
            parts.RemoveAt(parts.Count - 1);
            return;
        }

        for (var k = 1; k <= Math.Min(room, piece.Digits.Length); k++)
        {
            foreach (var cut in RunSplits.Cuts(piece.Digits, index, k))
            {
                parts.AddRange(cut);
                CutPieces(pieces, index + 1, parts, width, visit);
                parts.RemoveRange(parts.Count - k, k);
            }
        }
    }

    private static bool Fill(RowReading reading, IReadOnlyList<PrintedPiece> pieces, IReadOnlyList<CellType> columns, List<RunSplits.Part> cut, int[] chosen)
    {
        var width = columns.Count;
        var values = reading.Values;
        var kinds = reading.Kinds;
        var sources = reading.Sources;
        for (var c = 0; c < width; c++)
        {
            values[c] = null;
            kinds[c] = ValueKind.Empty;
            sources[c] = new RunSplits.Part(-1, 0, 0);
        }

        for (var i = 0; i < chosen.Length; i++)
        {
            var column = chosen[i];
            var part = cut[i];
            var piece = pieces[part.Piece];
            if (piece.Splittable)
            {
                if (PrintedPiece.PartValue(piece.Digits.AsSpan(part.Start, part.Length), columns[column]) is not { } v)
                {
                    return false;
                }

                values[column] = v;
                kinds[column] = ValueKind.Number;
            }
            else
            {
                var parsed = piece.ParseWhole(columns[column]);
                if (!parsed.IsValue)
                {
                    return false;
                }

                values[column] = parsed.Number;
                kinds[column] = parsed.Kind;
            }

            sources[column] = part;
        }

        return true;
    }

    private static bool HoldsAll(RowReading reading, IReadOnlyList<LocalIdentity> identities)
    {
        for (var i = 0; i < identities.Count; i++)
        {
            if (reading.Sum(identities[i].Left) is { } l && reading.Sum(identities[i].Right) is { } r && l != r)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Increasing column sets of the given size, in lexicographic order; one array, refilled for each set.</summary>
    private static IEnumerable<int[]> Combinations(int width, int size)
    {
        var c = new int[size];
        for (var i = 0; i < size; i++)
        {
            c[i] = i;
        }

        while (true)
        {
            yield return c;
            var j = size - 1;
            while (j >= 0 && c[j] == width - size + j)
            {
                j--;
            }

            if (j < 0)
            {
                yield break;
            }

            c[j]++;
            for (var k = j + 1; k < size; k++)
            {
                c[k] = c[k - 1] + 1;
            }
        }
    }

    private static long Choose(int n, int k)
    {
        long r = 1;
        for (var i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
        }

        return r;
    }
}
