using Extractor.Core.Values;

namespace Extractor.Core.Recognition.Recovery;

/// <summary>
/// One way of reading a row's printed runs: for every column, the number (null where not applicable), its kind, and
/// which part of which printed piece it came from (piece -1: nothing printed, a dropped blank).
/// </summary>
public sealed class RowReading(decimal?[] values, ValueKind[] kinds, RunSplits.Part[] sources)
{
    public decimal?[] Values { get; } = values;

    public ValueKind[] Kinds { get; } = kinds;

    public RunSplits.Part[] Sources { get; } = sources;

    /// <summary>What these columns add to one side of an identity: blanks count as nothing; null where one is not applicable.</summary>
    public decimal? Sum(int[] columns)
    {
        decimal sum = 0;
        foreach (var c in columns)
        {
            if (Kinds[c] == ValueKind.NotApplicable)
            {
                return null;
            }

            sum += Values[c] ?? 0;
        }

        return sum;
    }
}
