using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Checks;

/// <summary>A cell whose misreading (or misprint) alone would explain every failing identity.</summary>
public sealed record SuspectCell(CellValue Cell, decimal Fitting);

/// <summary>
/// Tells a source that is wrong in many places from one wrong cell: tries each cell that every failing identity
/// shares, with the value that would satisfy the first failure, and keeps it if then every identity holds.
/// </summary>
public static class SuspectCells
{
    public static IReadOnlyList<SuspectCell> Find(TemplateSchema schema, IReadOnlyDictionary<CellKey, CellValue> cells, IReadOnlyList<CheckResult> checks)
    {
        var failing = checks.Where(c => c.FailedAsError).ToList();
        if (failing.Count == 0)
        {
            return [];
        }

        var shared = failing.Skip(1).Aggregate(
            new HashSet<CellKey>(failing[0].Cells),
            (set, c) => { set.IntersectWith(c.Cells); return set; });
        var first = failing[0];
        var suspects = new List<SuspectCell>();
        foreach (var key in shared)
        {
            if (!cells.TryGetValue(key, out var cell) || cell.Number is not { } n)
            {
                continue;
            }

            var onLeft = first.Cells.Take(schema.Identities.First(i => i.Id == first.Check).Left.Count).Contains(key);
            var delta = first.Actual!.Value - first.Expected!.Value;
            var fitting = onLeft ? n + delta : n - delta;
            if (fitting < 0 && schema.Column(key).Type != CellType.SignedCount)
            {
                continue;
            }

            var trial = new Dictionary<CellKey, CellValue>(cells) { [key] = cell with { Number = fitting } };
            if (!IdentityChecks.Evaluate(schema, trial).Any(c => c.FailedAsError))
            {
                suspects.Add(new SuspectCell(cell, fitting));
            }
        }

        return suspects;
    }
}
