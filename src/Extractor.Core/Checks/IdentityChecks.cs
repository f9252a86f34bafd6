using System.Runtime.CompilerServices;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Checks;

/// <summary>
/// Evaluates an era's identities on one report's cells. A scope whose cells are missing, blank or marked not
/// applicable is not_assessable: blank is not zero.
/// </summary>
public static class IdentityChecks
{
    // The scopes depend on the schema alone: built once per era, not once per report.
    private static readonly ConditionalWeakTable<TemplateSchema, (string Id, string Scope, CellKey[] Left, CellKey[] Right, CellKey[] All)[]> ScopeCache = [];

    public static List<CheckResult> Evaluate(TemplateSchema schema, IReadOnlyDictionary<CellKey, CellValue> cells)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var scopes = ScopeCache.GetValue(schema, s =>
            [.. s.Identities.SelectMany(i => Scopes(s.Table(i.Table), i).Select(x => (i.Id, x.Scope, x.Left, x.Right, (CellKey[])[.. x.Left, .. x.Right])))]);
        var results = new List<CheckResult>(scopes.Length);
        foreach (var (id, scope, left, right, all) in scopes)
        {
            results.Add(Evaluate(id, scope, left, right, all, cells, Severity.Error));
        }

        return results;
    }

    /// <summary>sum(left) = sum(right), or not_assessable when any cell is not a number.</summary>
    public static CheckResult Evaluate(
        string id, string scope, IReadOnlyList<CellKey> left, IReadOnlyList<CellKey> right,
        IReadOnlyDictionary<CellKey, CellValue> cells, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Evaluate(id, scope, left, right, [.. left, .. right], cells, severity);
    }

    private static CheckResult Evaluate(
        string id, string scope, IReadOnlyList<CellKey> left, IReadOnlyList<CellKey> right, CellKey[] all,
        IReadOnlyDictionary<CellKey, CellValue> cells, Severity severity)
    {
        var l = Sum(left, cells);
        var r = Sum(right, cells);
        var outcome = l is null || r is null ? CheckOutcome.NotAssessable : l == r ? CheckOutcome.Pass : CheckOutcome.Fail;
        return new CheckResult(id, scope, l, r, outcome, all, severity);
    }

    public static IEnumerable<(string Scope, CellKey[] Left, CellKey[] Right)> Scopes(TableSchema table, Identity identity)
    {
        if (identity.Axis == IdentityAxis.EachColumn)
        {
            var rows = identity.Left.Concat(identity.Right).Select(table.Row).ToArray();
            var columns = rows[0].Columns.Select(c => c.Key).Where(c => rows.All(r => r.Columns.Any(rc => rc.Key == c)));
            foreach (var column in columns)
            {
                yield return (column,
                    [.. identity.Left.Select(r => new CellKey(table.Key, r, column))],
                    [.. identity.Right.Select(r => new CellKey(table.Key, r, column))]);
            }
        }
        else
        {
            foreach (var row in table.Rows.Where(r => identity.Left.Concat(identity.Right).All(c => r.Columns.Any(rc => rc.Key == c))))
            {
                yield return (row.Key,
                    [.. identity.Left.Select(c => new CellKey(table.Key, row.Key, c))],
                    [.. identity.Right.Select(c => new CellKey(table.Key, row.Key, c))]);
            }
        }
    }

    private static decimal? Sum(IReadOnlyList<CellKey> keys, IReadOnlyDictionary<CellKey, CellValue> cells)
    {
        decimal sum = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            if (!cells.TryGetValue(keys[i], out var v) || v.Number is not { } n)
            {
                return null;
            }

            sum += n;
        }

        return sum;
    }
}
