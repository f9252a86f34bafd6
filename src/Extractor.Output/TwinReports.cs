using Extractor.Core.Reports;

namespace Extractor.Output;

/// <summary>
/// Byte-identical documents (a report saved twice, the same PDF under two URLs) are one report: a researcher's merge
/// on <c>report_id</c> must not multiply rows. The first source keeps the row; the others are listed in its
/// <see cref="ReportResult.AlsoAt"/>.
/// </summary>
public static class TwinReports
{
    /// <returns>The reports in their order, each id once; a report without an id (a file that could not be read) is never merged.</returns>
    public static IReadOnlyList<ReportResult> Merge(IReadOnlyList<ReportResult> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var twins = new Dictionary<int, List<string>>();
        for (var i = 0; i < reports.Count; i++)
        {
            var id = reports[i].ReportId;
            if (id.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(id, out var keeper))
            {
                if (!twins.TryGetValue(keeper, out var sources))
                {
                    sources = [.. reports[keeper].AlsoAt];
                    twins[keeper] = sources;
                }

                sources.Add(reports[i].Source);
                sources.AddRange(reports[i].AlsoAt);
            }
            else
            {
                first[id] = i;
            }
        }

        if (twins.Count == 0)
        {
            return reports;
        }

        var merged = new List<ReportResult>(reports.Count);
        for (var i = 0; i < reports.Count; i++)
        {
            var id = reports[i].ReportId;
            if (id.Length > 0 && first[id] != i)
            {
                continue;
            }

            merged.Add(twins.TryGetValue(i, out var sources) ? reports[i] with { AlsoAt = sources } : reports[i]);
        }

        return merged;
    }
}
