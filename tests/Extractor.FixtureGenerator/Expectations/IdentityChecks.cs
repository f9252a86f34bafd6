using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.Expectations;

/// <summary>
/// Evaluates the era's error-level identities on the true values, so a fixture's failing checks follow from what it
/// prints instead of being written down by hand. A check that needs a blank, "/" or possibly unplaceable cell is not
/// listed: a parser can only call it not assessable.
/// </summary>
public static class IdentityChecks
{
    public static IReadOnlyList<string> Failing(ReportModel model, IReadOnlySet<CellKey> mayBeMissing)
    {
        var failing = new List<string>();
        foreach (var identity in model.Schema.Identities)
        {
            var table = model.Schema.Table(identity.Table);
            var scopes = identity.Axis == IdentityAxis.EachColumn
                ? table.Rows[0].Columns.Select(c => c.Key)
                : table.Rows.Select(r => r.Key);

            foreach (var scope in scopes)
            {
                CellKey Cell(string part) => identity.Axis == IdentityAxis.EachColumn
                    ? new CellKey(identity.Table, part, scope)
                    : new CellKey(identity.Table, scope, part);

                var left = identity.Left.Select(Cell).ToList();
                var right = identity.Right.Select(Cell).ToList();
                var all = left.Concat(right).ToList();
                if (all.Any(k => mayBeMissing.Contains(k) || model[k].Truth.Number is null))
                {
                    continue;
                }

                if (left.Sum(model.Number) != right.Sum(model.Number))
                {
                    failing.Add($"{identity.Id}:{scope}");
                }
            }
        }

        return failing;
    }
}
