using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition.Recovery;

/// <summary>
/// Lists the readings of a row whose printed values do not match its columns one for one: its runs are cut into
/// numbers (each run gives at least one), and the numbers stand in the columns in order, the columns left over being
/// blanks the print dropped. A reading survives only where the row's own identities hold (blank read as nothing);
/// the search goes column by column and drops a branch as soon as an identity whose columns are all filled fails.
/// The readings are counted first; past <see cref="MaxReadings"/>, or past <see cref="MaxSteps"/> steps, none is listed.
/// </summary>
public static class RowReadings
{
    /// <summary>Readings of the printed characters past which the row is not searched at all.</summary>
    public const long MaxReadings = 200_000_000;

    /// <summary>Steps of the depth-first search past which it gives up (the identities prune most branches early).</summary>
    public const long MaxSteps = 3_000_000;

    /// <summary>Readings kept past which the row is not worth narrowing further.</summary>
    public const int MaxSurvivors = 100_000;

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

        var search = new Search(pieces, columns, identities);
        return search.Run() ? (search.Survivors, count) : (null, count);
    }

    private static long[] Single(int width)
    {
        var w = new long[width + 1];
        w[1] = 1;
        return w;
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

    private static long Choose(int n, int k)
    {
        long r = 1;
        for (var i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
        }

        return r;
    }

    /// <summary>The depth-first search over columns: each column takes the next number of the printed runs, or is a dropped blank.</summary>
    private sealed class Search
    {
        private readonly IReadOnlyList<PrintedPiece> pieces;
        private readonly IReadOnlyList<CellType> columns;
        private readonly List<LocalIdentity>[] closing;
        private readonly RowReading scratch;
        private long steps;

        public Search(IReadOnlyList<PrintedPiece> pieces, IReadOnlyList<CellType> columns, IReadOnlyList<LocalIdentity> identities)
        {
            this.pieces = pieces;
            this.columns = columns;
            var width = columns.Count;
            closing = new List<LocalIdentity>[width];
            for (var c = 0; c < width; c++)
            {
                closing[c] = [];
            }

            foreach (var identity in identities)
            {
                closing[identity.Left.Concat(identity.Right).Max()].Add(identity);
            }

            scratch = new RowReading(new decimal?[width], new ValueKind[width], new RunSplits.Part[width]);
        }

        public List<RowReading> Survivors { get; } = [];

        /// <returns>False where the search gave up.</returns>
        public bool Run() => Visit(0, 0, 0);

        private bool Visit(int column, int piece, int position)
        {
            if (++steps > MaxSteps || Survivors.Count > MaxSurvivors)
            {
                return false;
            }

            var width = columns.Count;
            if (column == width)
            {
                if (piece == pieces.Count)
                {
                    Survivors.Add(new RowReading([.. scratch.Values], [.. scratch.Kinds], [.. scratch.Sources]));
                }

                return true;
            }

            // Each piece left gives at least one number, and each number needs a column.
            var needed = pieces.Count - piece;
            if (needed > width - column)
            {
                return true;
            }

            if (needed < width - column || piece == pieces.Count)
            {
                Set(column, null, ValueKind.Empty, new RunSplits.Part(-1, 0, 0));
                if (Closes(column) && !Visit(column + 1, piece, position))
                {
                    return false;
                }
            }

            if (piece == pieces.Count)
            {
                return true;
            }

            var p = pieces[piece];
            if (!p.Splittable)
            {
                var parsed = p.ParseWhole(columns[column]);
                if (parsed.IsValue)
                {
                    Set(column, parsed.Number, parsed.Kind, new RunSplits.Part(piece, 0, p.Digits.Length));
                    if (Closes(column) && !Visit(column + 1, piece + 1, 0))
                    {
                        return false;
                    }
                }

                return true;
            }

            for (var length = 1; position + length <= p.Digits.Length; length++)
            {
                if (!RunSplits.IsNumber(p.Digits, position, length)
                    || p.PartValue(position, length, columns[column]) is not { } value)
                {
                    continue;
                }

                Set(column, value, ValueKind.Number, new RunSplits.Part(piece, position, length));
                var end = position + length == p.Digits.Length;
                if (Closes(column) && !Visit(column + 1, end ? piece + 1 : piece, end ? 0 : position + length))
                {
                    return false;
                }
            }

            return true;
        }

        private void Set(int column, decimal? value, ValueKind kind, RunSplits.Part source)
        {
            scratch.Values[column] = value;
            scratch.Kinds[column] = kind;
            scratch.Sources[column] = source;
        }

        /// <summary>Whether every identity completed by this column holds.</summary>
        private bool Closes(int column) => HoldsAll(scratch, closing[column]);
    }
}
