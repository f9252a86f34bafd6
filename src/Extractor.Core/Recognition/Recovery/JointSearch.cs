using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition.Recovery;

/// <summary>
/// After the identities have narrowed each row on its own, rows still read several ways are tried together: for each
/// group of rows tied by identities, every combination of their readings (bounded) is checked against all the
/// identities at once, and a reading that belongs to no combination satisfying them all is dropped. Where the group
/// has no such combination (the source's arithmetic is wrong), nothing is dropped.
/// </summary>
public static class JointSearch
{
    /// <summary>Combinations of readings past which a group is not searched.</summary>
    public const long MaxCombinations = 500_000;

    public static bool Narrow(
        IReadOnlyList<IdentityResolver.Scope> scopes, IReadOnlyDictionary<CellKey, CellValue> placed, IReadOnlyList<RowVariable> variables)
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

        // The scopes that can be checked once their rows are chosen: every other cell placed, none not applicable.
        var checkable = new List<ScopeCheck>();
        foreach (var scope in scopes)
        {
            if (ScopeCheck.Of(scope, placed, owner) is { } check && check.Variables.Length > 0)
            {
                checkable.Add(check);
            }
        }

        var groups = Groups(variables.Count, checkable);
        var changed = false;
        foreach (var group in groups)
        {
            if (group.All(v => variables[v].Readings.Count <= 1) || group.Any(v => variables[v].Readings.Count == 0))
            {
                continue;
            }

            long combinations = 1;
            foreach (var v in group)
            {
                combinations = Math.Min(MaxCombinations + 1, combinations * variables[v].Readings.Count);
            }

            if (combinations > MaxCombinations)
            {
                continue;
            }

            changed |= Search(group, checkable.Where(c => group.Contains(c.Variables[0])).ToList(), variables);
        }

        return changed;
    }

    private static bool Search(List<int> group, List<ScopeCheck> checks, IReadOnlyList<RowVariable> variables)
    {
        var position = group.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i);
        // A check is made as soon as the last of its rows is chosen.
        var due = new List<ScopeCheck>[group.Count];
        for (var i = 0; i < group.Count; i++)
        {
            due[i] = [];
        }

        foreach (var check in checks)
        {
            due[check.Variables.Max(v => position[v])].Add(check);
        }

        var chosen = new int[variables.Count];
        var used = group.Select(v => new bool[variables[v].Readings.Count]).ToArray();
        var found = false;

        void Visit(int depth)
        {
            if (depth == group.Count)
            {
                found = true;
                for (var i = 0; i < group.Count; i++)
                {
                    used[i][chosen[group[i]]] = true;
                }

                return;
            }

            var v = group[depth];
            for (var r = 0; r < variables[v].Readings.Count; r++)
            {
                chosen[v] = r;
                if (due[depth].All(c => c.Holds(variables, chosen)))
                {
                    Visit(depth + 1);
                }
            }
        }

        Visit(0);
        if (!found)
        {
            return false;
        }

        var changed = false;
        for (var i = 0; i < group.Count; i++)
        {
            var variable = variables[group[i]];
            var kept = variable.Readings.Where((_, r) => used[i][r]).ToList();
            if (kept.Count < variable.Readings.Count)
            {
                variable.Readings = kept;
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Rows tied together by some checkable identity, each group in row order.</summary>
    private static List<List<int>> Groups(int count, List<ScopeCheck> checks)
    {
        var parent = Enumerable.Range(0, count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var check in checks)
        {
            foreach (var v in check.Variables.Skip(1))
            {
                parent[Find(v)] = Find(check.Variables[0]);
            }
        }

        return [.. Enumerable.Range(0, count).GroupBy(Find).Select(g => g.ToList())];
    }
}
