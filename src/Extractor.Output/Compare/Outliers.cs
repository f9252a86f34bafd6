namespace Extractor.Output.Compare;

/// <summary>
/// An indicator far from its peers' (the same year, the same kind of agency, reports that are ok): a modified z-score
/// above 3.5 (Iglewicz and Hoaglin), 0.6745 × (x − median) ÷ MAD. Where more than half the peers share one value (MAD
/// is 0), the mean absolute deviation from the median stands in for it (× 1.2533), so one district reporting hundreds
/// where the rest report none is still flagged. Needs at least four peers with a value.
/// </summary>
public static class Outliers
{
    public const int LeastPeers = 4;

    public const double Threshold = 3.5;

    /// <returns><c>high</c>, <c>low</c> or null for each value, in order; null values stay null.</returns>
    public static IReadOnlyList<string?> Flags(IReadOnlyList<decimal?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        if (present.Count < LeastPeers)
        {
            return [.. values.Select(_ => (string?)null)];
        }

        var median = Median(present);
        var deviations = present.Select(v => Math.Abs(v - median)).ToList();
        var mad = Median(deviations);
        var scale = mad > 0 ? mad / 0.6745 : deviations.Average() * 1.2533;
        if (scale <= 0)
        {
            return [.. values.Select(_ => (string?)null)];
        }

        return [.. values.Select(v => v is null ? null : ((double)v.Value - median) / scale is var z && Math.Abs(z) > Threshold ? (z > 0 ? "high" : "low") : null)];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
