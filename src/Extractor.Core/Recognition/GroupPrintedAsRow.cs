using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition;

/// <summary>
/// A group of the era's template printed as the one row another era has in its place: a 2021 form whose
/// （六）其他处理 is a single row of numbers, the 2019 way, without its three sub-rows. The numbers are the group's
/// total and are kept under the other era's row key (<c>applications.other</c>), which the results identity then
/// uses; the sub-rows stay missing, with a problem that says what the report printed instead.
/// </summary>
public static class GroupPrintedAsRow
{
    public static Placement Complete(TemplateSchema schema, IReadOnlyList<Token> tokens, TableWalk walk, Placement placement)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(walk);
        ArgumentNullException.ThrowIfNull(placement);
        if (walk.StrayValues.Count == 0)
        {
            return placement;
        }

        Dictionary<CellKey, CellValue>? cells = null;
        var problems = new List<PlacementProblem>(placement.Problems);
        foreach (var line in walk.StrayValues.GroupBy(v => v.Line).ToList())
        {
            var first = line.First();
            var label = LabelBefore(tokens, first);
            var table = walk.Rows.LastOrDefault(r => r.Label.Index < first.Index)?.Table;
            if (label is null || table is null || LabelMatcher.For(table).MatchGroup(label.Folded) is not { } group)
            {
                continue;
            }

            var members = table.Rows.Where(r => r.Group == group.Key).ToList();
            if (members.Count == 0 || walk.Rows.Any(r => r.Table == table && r.Row.Group == group.Key))
            {
                continue;
            }

            var stand = StandIn(schema, table, label.Folded, members[0]);
            if (stand is null || PositionalRowPlacer.ReadRow(tokens, label, table.Key, stand) is not { } read)
            {
                continue;
            }

            cells ??= new Dictionary<CellKey, CellValue>(placement.Cells);
            foreach (var cell in read)
            {
                cells[cell.Key] = cell;
            }

            walk.StrayValues.RemoveAll(v => v.Line == line.Key);
            var missing = members.SelectMany(r => r.Columns.Select(c => new CellKey(table.Key, r.Key, c.Key))).ToList();
            problems.Add(new(
                $"the report prints '{label.Raw.Trim()}' as one row of numbers (the earlier template's {stand.Label}) at {label.Block.Location}, without its sub-rows {string.Join(", ", members.Select(r => r.Key))}: its numbers are kept as the group total {table.Key}.{stand.Key}",
                missing));
        }

        return cells is null ? placement : new Placement(cells, problems);
    }

    /// <summary>
    /// The row of another era's same table that this label names and that this era does not have, with the columns of
    /// the group's rows: the group's total as that era prints it.
    /// </summary>
    public static RowSchema? StandIn(TemplateSchema schema, TableSchema table, string folded, RowSchema member)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(member);
        foreach (var other in TemplateSchema.All.Where(s => s.Era != schema.Era))
        {
            if (other.Tables.FirstOrDefault(t => t.Key == table.Key) is not { } otherTable
                || LabelMatcher.For(otherTable).MatchRow(folded, null) is not { } row
                || table.Rows.Any(r => r.Key == row.Key)
                || !row.Columns.Select(c => c.Key).SequenceEqual(member.Columns.Select(c => c.Key)))
            {
                continue;
            }

            return row;
        }

        return null;
    }

    private static Token? LabelBefore(IReadOnlyList<Token> tokens, Token firstValue)
    {
        for (var i = firstValue.Index - 1; i >= 0 && tokens[i].Line == firstValue.Line; i--)
        {
            if (!tokens[i].IsValue)
            {
                return tokens[i];
            }
        }

        return null;
    }
}
