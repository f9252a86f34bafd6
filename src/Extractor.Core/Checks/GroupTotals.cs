using Extractor.Core.Recognition;
using Extractor.Core.Schema;
using Extractor.Core.Text;
using Extractor.Core.Values;

namespace Extractor.Core.Checks;

/// <summary>
/// The schema the identities of a report are evaluated against when it prints a group as one total row
/// (<see cref="GroupPrintedAsRow"/>): the total row joins its table, and in every identity that names all of the
/// group's rows the total stands in for them, so (六)其他处理 printed as one row still balances the results.
/// </summary>
public static class GroupTotals
{
    public static TemplateSchema For(TemplateSchema schema, IReadOnlyDictionary<CellKey, CellValue> cells)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(cells);
        var own = schema.Cells.ToHashSet();
        var extra = cells.Keys.Where(k => !own.Contains(k)).Select(k => (k.Table, k.Row)).Distinct().ToList();
        if (extra.Count == 0)
        {
            return schema;
        }

        var tables = schema.Tables.ToList();
        var identities = schema.Identities.ToList();
        foreach (var (tableKey, rowKey) in extra)
        {
            var index = tables.FindIndex(t => t.Key == tableKey);
            if (index < 0)
            {
                continue;
            }

            var table = tables[index];
            var row = TemplateSchema.All.Where(s => s.Era != schema.Era)
                .SelectMany(s => s.Tables.Where(t => t.Key == tableKey).SelectMany(t => t.Rows))
                .FirstOrDefault(r => r.Key == rowKey);
            if (row is null || LabelMatcher.For(table).MatchGroup(LabelFold.Fold(row.Label)) is not { } group)
            {
                continue;
            }

            var members = table.Rows.Where(r => r.Group == group.Key).Select(r => r.Key).ToHashSet();
            tables[index] = table with { Rows = [.. table.Rows, row] };
            for (var i = 0; i < identities.Count; i++)
            {
                var id = identities[i];
                if (id.Table == tableKey && members.Count > 0 && members.All(id.Right.Contains))
                {
                    identities[i] = id with { Right = [.. id.Right.Where(r => !members.Contains(r)), rowKey] };
                }
                else if (id.Table == tableKey && members.Count > 0 && members.All(id.Left.Contains))
                {
                    identities[i] = id with { Left = [.. id.Left.Where(r => !members.Contains(r)), rowKey] };
                }
            }
        }

        return schema with { Tables = tables, Identities = identities };
    }
}
