using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition.Recovery;

/// <summary>An identity scope as a check on chosen readings: the placed cells' part is summed once.</summary>
internal sealed class ScopeCheck
{
    private ScopeCheck(decimal known, int[] variables, (int Variable, int[] Left, int[] Right)[] parts)
    {
        Known = known;
        Variables = variables;
        Parts = parts;
    }

    public decimal Known { get; }

    public int[] Variables { get; }

    public (int Variable, int[] Left, int[] Right)[] Parts { get; }

    public static ScopeCheck? Of(IdentityResolver.Scope scope, IReadOnlyDictionary<CellKey, CellValue> placed, Dictionary<CellKey, (int Variable, int Column)> owner)
    {
        decimal known = 0;
        var sides = new SortedDictionary<int, (List<int> Left, List<int> Right)>();
        foreach (var (keys, sign) in new[] { (scope.Left, 1), (scope.Right, -1) })
        {
            foreach (var key in keys)
            {
                if (owner.TryGetValue(key, out var o))
                {
                    if (!sides.TryGetValue(o.Variable, out var s))
                    {
                        sides[o.Variable] = s = ([], []);
                    }

                    (sign > 0 ? s.Left : s.Right).Add(o.Column);
                }
                else if (placed.TryGetValue(key, out var cell) && cell.Kind != ValueKind.NotApplicable)
                {
                    known += sign * (cell.Number ?? 0);
                }
                else
                {
                    return null;
                }
            }
        }

        return new ScopeCheck(known, [.. sides.Keys], [.. sides.Select(kv => (kv.Key, kv.Value.Left.ToArray(), kv.Value.Right.ToArray()))]);
    }

    public bool Holds(IReadOnlyList<RowVariable> variables, int[] chosen)
    {
        var sum = Known;
        foreach (var (v, left, right) in Parts)
        {
            var reading = variables[v].Readings[chosen[v]];
            if (reading.Sum(left) is not { } l || reading.Sum(right) is not { } r)
            {
                return true;
            }

            sum += l - r;
        }

        return sum == 0;
    }
}
