using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.Layout;

/// <summary>Lays out table 3: the applicant header, then rows under their spanning group labels.</summary>
public static class ApplicationsTableBuilder
{
    private const string Table = "applications";

    /// <summary>Label columns before the seven value columns: group, sub-group, item.</summary>
    private const int LabelColumns = 3;

    public const string Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public const string Applicant = "申请人情况";
    public const string Organisations = "法人或其他组织";

    // Group labels are printed with the enumerator of their place in the template; the schema keeps only the words.
    private static readonly Dictionary<string, string> GroupEnumerator = new()
    {
        ["results"] = "三、",
        ["denied"] = "（三）",
        ["unable"] = "（四）",
        ["rejected"] = "（五）",
        ["other_processing"] = "（六）",
    };

    public static LogicalTable Build(ReportModel model, TableStyle style)
    {
        var schema = model.Schema.Table(Table);
        var rows = new List<TableRow>();
        rows.AddRange(Header(schema, style));

        IReadOnlyList<GroupSchema> previous = [];
        foreach (var row in schema.Rows)
        {
            var chain = Chain(schema, row.Group);
            var common = previous.Zip(chain).TakeWhile(p => p.First.Key == p.Second.Key).Count();
            var opened = chain.Skip(common).Select(g => new TableCell(style.RowLabel(GroupLabel(g)))).ToList();

            var labels = new List<TableCell>();
            switch (style.Groups)
            {
                case GroupPlacement.OwnRow:
                    rows.AddRange(opened.Select(g => TableRow.Of(RowRole.Group, g with { ColumnSpan = LabelColumns + 7 })));
                    break;
                case GroupPlacement.GluedToFirst:
                    labels.AddRange(opened);
                    break;
                case GroupPlacement.Rowspan:
                    labels.AddRange(chain.Skip(common).Zip(opened, (g, cell) => cell with { RowSpan = RowsUnder(schema, g.Key) }));
                    break;
                case GroupPlacement.RowspanAsEmptyCells:
                    labels.AddRange(Enumerable.Repeat(TableCell.Blank, common));
                    labels.AddRange(opened);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(style));
            }

            labels.Add(new TableCell(style.RowLabel(row.Label), null, LabelColumns - chain.Count));
            labels.AddRange(DataCells.Of(model, Table, row, style));
            rows.Add(new TableRow(RowRole.Data, labels));
            previous = chain;
        }

        return new LogicalTable(Table, rows);
    }

    public static string GroupLabel(GroupSchema group) => GroupEnumerator[group.Key] + group.Aliases[0];

    /// <summary>How many data rows a group label spans: 22 for 三、本年度办理结果 in 2021 (20 in 2019), 8 for （三）不予公开.</summary>
    private static int RowsUnder(TableSchema schema, string group) =>
        schema.Rows.Count(r => Chain(schema, r.Group).Any(g => g.Key == group));

    private static List<GroupSchema> Chain(TableSchema schema, string? group)
    {
        var chain = new List<GroupSchema>();
        for (var key = group; key is not null;)
        {
            var g = schema.Groups.First(x => x.Key == key);
            chain.Insert(0, g);
            key = g.Parent;
        }

        return chain;
    }

    private static IEnumerable<TableRow> Header(TableSchema schema, TableStyle style)
    {
        var columns = schema.Rows[0].Columns.Select(c => style.Label(c.Label)).ToList();
        var person = columns[0];
        var total = columns[^1];
        var organisations = columns.Skip(1).Take(columns.Count - 2).ToList();
        string Wrap(string label) => HeaderWrapping.Apply(label, style.Wrap);

        // The note cell spans the label columns of every header row; 自然人 and 总计 span the rows below 申请人情况.
        var headerRows = style.ApplicantHeader switch
        {
            ApplicantHeader.DataOrder => 2,
            ApplicantHeader.SplitOverTwoRows => 4,
            _ => 3,
        };
        yield return TableRow.Of(
            RowRole.Header,
            new TableCell(style.Label(Note), null, LabelColumns, headerRows),
            new TableCell(style.Label(Applicant), null, columns.Count));

        switch (style.ApplicantHeader)
        {
            case ApplicantHeader.DataOrder:
                yield return new TableRow(RowRole.Header, [.. columns.Select(c => new TableCell(Wrap(c)))]);
                break;

            case ApplicantHeader.TemplateOrder:
                yield return TableRow.Of(RowRole.Header, new(Wrap(person), null, 1, 2), new(style.Label(Organisations), null, organisations.Count), new(Wrap(total), null, 1, 2));
                yield return new TableRow(RowRole.Header, [.. organisations.Select(c => new TableCell(Wrap(c)))]);
                break;

            case ApplicantHeader.SplitOverTwoRows:
                yield return TableRow.Of(RowRole.Header, new(person, null, 1, 3), new(style.Label(Organisations), null, organisations.Count), new(total, null, 1, 3));
                yield return new TableRow(RowRole.Header, [.. organisations.Select(c => new TableCell(HeaderWrapping.Split(c)?.First ?? c))]);
                yield return new TableRow(RowRole.Header, [.. organisations.Select(c => HeaderWrapping.Split(c)?.Second).OfType<string>().Select(s => new TableCell(s))]);
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(style));
        }
    }
}
