namespace Extractor.Core.Recognition.Recovery;

/// <summary>
/// The ways a sequence of printed runs can be cut into numbers: every run gives at least one number, a number has no
/// leading zero (a lone 0, or 0.5, is fine), at most <see cref="MaxDigits"/> digits, a decimal point only between
/// digits, and a sign only at the start of its run. Counted before any search, so that a search that would be too long
/// is refused before it starts.
/// </summary>
public static class RunSplits
{
    /// <summary>No count in these reports reaches a billion; a longer part is not a plausible cell.</summary>
    public const int MaxDigits = 9;

    /// <summary>A cut: the part of run <paramref name="Piece"/> from <paramref name="Start"/>, <paramref name="Length"/> characters.</summary>
    public readonly record struct Part(int Piece, int Start, int Length);

    /// <summary>ways[k] = the number of ways to cut <paramref name="run"/> into exactly k numbers (k up to maxParts), capped.</summary>
    public static long[] CountWays(string run, int maxParts, long cap)
    {
        ArgumentNullException.ThrowIfNull(run);
        var n = run.Length;
        // suffix[i][k]: ways to cut run[i..] into k numbers.
        var suffix = new long[n + 1, maxParts + 1];
        suffix[n, 0] = 1;
        for (var i = n - 1; i >= 0; i--)
        {
            for (var end = i + 1; end <= n; end++)
            {
                if (!IsNumber(run, i, end - i))
                {
                    continue;
                }

                for (var k = 1; k <= maxParts; k++)
                {
                    suffix[i, k] = Math.Min(cap, suffix[i, k] + suffix[end, k - 1]);
                }
            }
        }

        var ways = new long[maxParts + 1];
        for (var k = 0; k <= maxParts; k++)
        {
            ways[k] = suffix[0, k];
        }

        return ways;
    }

    /// <summary>Whether run[start..start+length] is a well-formed number; a sign only at the very start of the run.</summary>
    public static bool IsNumber(string run, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(run);
        var i = start;
        var end = start + length;
        if (run[i] is '+' or '-')
        {
            if (i != 0)
            {
                return false;
            }

            i++;
        }

        if (i >= end || !char.IsAsciiDigit(run[i]) || !char.IsAsciiDigit(run[end - 1]))
        {
            return false;
        }

        var point = run.IndexOf('.', i, end - i);
        var integerDigits = (point < 0 ? end : point) - i;
        if (integerDigits == 0 || integerDigits > MaxDigits || (run[i] == '0' && integerDigits > 1))
        {
            return false;
        }

        return point < 0 || run.IndexOf('.', point + 1, end - point - 1) < 0;
    }
}
