using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition.Recovery;

/// <summary>
/// Narrows the readings of unplaced rows by the identities they take part in, together with the cells already
/// placed: a reading is dropped when no choice of the other rows' readings makes some identity hold. Only readings
/// that fit no solution are dropped, so a row left with one reading has that reading in every solution. Blank cells
/// count as nothing; a scope with a cell marked not applicable, or a cell neither placed nor in a row being read,
/// says nothing. Deterministic: readings keep their enumeration order.
/// </summary>
public static class IdentityResolver
{
    /// <summary>Partial sums kept per scope; a scope whose sums would grow past this is skipped (it prunes nothing).</summary>
    private const int MaxSums = 4096;

    /// <summary>An identity scope: sum(Left) = sum(Right).</summary>
    public sealed record Scope(CellKey[] Left, CellKey[] Right);

    public static void Resolve(
        IReadOnlyList<Scope> scopes, IReadOnlyDictionary<CellKey, CellValue> placed, IReadOnlyList<RowVariable> variables)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(placed);
        ArgumentNullException.ThrowIfNull(variables);
        var owner = new Dictionary<CellKey, (int Variable, int Column)>();
        for (var v = 0; v < variables.Count; v++)
        {
            for (var c = 0; c < variables[v].Keys.Length; c++)
            {
                owner[variables[v].Keys[c]] = (v, c);
            }
        }

        var relevant = scopes.Where(s => s.Left.Concat(s.Right).Any(owner.ContainsKey)).ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var scope in relevant)
            {
                changed |= Prune(scope, placed, variables, owner);
            }
        }
        while (changed);
    }

    private static bool Prune(
        Scope scope, IReadOnlyDictionary<CellKey, CellValue> placed, IReadOnlyList<RowVariable> variables,
        Dictionary<CellKey, (int Variable, int Column)> owner)
    {
        // known = sum(left) - sum(right) of the placed cells; each variable's columns on the left and on the right.
        if (ScopeCheck.Of(scope, placed, owner) is not { } check)
        {
            return false;
        }

        var known = check.Known;
        var vars = check.Variables;
        if (vars.Any(v => variables[v].Readings.Count == 0))
        {
            // A row no reading fits is not read: it says nothing about the others.
            return false;
        }

        var contributions = new decimal[vars.Length][];
        for (var i = 0; i < vars.Length; i++)
        {
            var (_, l, r) = check.Parts[i];
            var readings = variables[vars[i]].Readings;
            contributions[i] = new decimal[readings.Count];
            for (var j = 0; j < readings.Count; j++)
            {
                if (readings[j].Sum(l) is not { } a || readings[j].Sum(r) is not { } b)
                {
                    // A reading with a not-applicable cell here makes the scope say nothing: prune nothing.
                    return false;
                }

                contributions[i][j] = a - b;
            }
        }

        // prefix[i]: sums reachable by the known cells and variables before i; suffix[i]: by variables from i on.
        var prefix = new HashSet<decimal>[vars.Length + 1];
        prefix[0] = [known];
        for (var i = 0; i < vars.Length; i++)
        {
            if (Add(prefix[i], contributions[i]) is not { } next)
            {
                return false;
            }

            prefix[i + 1] = next;
        }

        var suffix = new HashSet<decimal>[vars.Length + 1];
        suffix[vars.Length] = [0m];
        for (var i = vars.Length - 1; i >= 0; i--)
        {
            if (Add(suffix[i + 1], contributions[i]) is not { } next)
            {
                return false;
            }

            suffix[i] = next;
        }

        var changed = false;
        for (var i = 0; i < vars.Length; i++)
        {
            var variable = variables[vars[i]];
            var kept = new List<RowReading>(variable.Readings.Count);
            var supported = new Dictionary<decimal, bool>();
            for (var j = 0; j < variable.Readings.Count; j++)
            {
                var c = contributions[i][j];
                if (!supported.TryGetValue(c, out var ok))
                {
                    ok = prefix[i].Any(p => suffix[i + 1].Contains(-(p + c)));
                    supported[c] = ok;
                }

                if (ok)
                {
                    kept.Add(variable.Readings[j]);
                }
            }

            if (kept.Count < variable.Readings.Count)
            {
                variable.Readings = kept;
                changed = true;
            }
        }

        return changed;
    }

    private static HashSet<decimal>? Add(HashSet<decimal> sums, decimal[] contributions)
    {
        var distinct = contributions.Distinct().ToArray();
        if ((long)sums.Count * distinct.Length > MaxSums * 16)
        {
            return null;
        }

        var next = new HashSet<decimal>();
        foreach (var s in sums)
        {
            foreach (var c in distinct)
            {
                next.Add(s + c);
            }
        }

        return next.Count > MaxSums ? null : next;
    }
}
