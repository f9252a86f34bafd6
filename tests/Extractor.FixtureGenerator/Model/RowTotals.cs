using Extractor.Core.Schema;

namespace Extractor.FixtureGenerator.Model;

/// <summary>Writes the total column of every row from its parts, the way an each-row identity defines it.</summary>
public static class RowTotals
{
    public static void Apply(ReportModel model, Identity identity)
    {
        var total = identity.Left[0];
        foreach (var row in model.Schema.Table(identity.Table).Rows)
        {
            var sum = identity.Right.Sum(column => model.Number(identity.Table, row.Key, column));
            model.SetNumber(identity.Table, row.Key, total, sum);
        }
    }
}
