using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.Layout;

/// <summary>Lays out table 2: a 第二十条 group row, a "信息内容 | …" header, then the group's rows.</summary>
public static class ActiveTableBuilder
{
    private const string Table = "active";

    // The schema knows rows, not which item of 条例 第二十条 introduces them; that is print decoration.
    private static readonly Dictionary<string, string> ArticleItem = new()
    {
        ["rules"] = "一",
        ["normative_documents"] = "一",
        ["licensing"] = "五",
        ["other_services"] = "五",
        ["penalty"] = "六",
        ["coercion"] = "六",
        ["fees"] = "八",
        ["procurement"] = "九",
    };

    public static LogicalTable Build(ReportModel model, TableStyle style)
    {
        var schema = model.Schema.Table(Table);
        var width = 1 + schema.Rows.Max(r => r.Columns.Count);
        var rows = new List<TableRow>();
        string? article = null;
        string? header = null;

        foreach (var row in schema.Rows)
        {
            if (ArticleItem[row.Key] != article)
            {
                article = ArticleItem[row.Key];
                rows.Add(TableRow.Of(RowRole.Group, new TableCell(style.RowLabel($"第二十条第（{article}）项"), null, width)));

                var labels = row.Columns.Select(c => style.Label(c.Label)).ToList();
                var signature = string.Join('|', labels);
                if (style.SubTableHeaders == SubTableHeaders.Repeated || signature != header)
                {
                    var cells = new List<TableCell> { new(style.Label("信息内容")) };
                    cells.AddRange(labels.Select((l, i) => new TableCell(l, null, i == labels.Count - 1 ? width - labels.Count : 1)));
                    rows.Add(new TableRow(RowRole.Header, cells));
                }

                header = signature;
            }

            var data = new List<TableCell> { new(style.RowLabel(row.Label)) };
            data.AddRange(DataCells.Of(model, Table, row, style, width - row.Columns.Count));
            rows.Add(new TableRow(RowRole.Data, data));

            if (style.ExtraActiveRow is { } local && local.AfterRow == row.Key)
            {
                var extra = new List<TableCell> { new(local.Label) };
                extra.AddRange(local.Values.Select(v => new TableCell(v)));
                rows.Add(new TableRow(RowRole.Data, extra));
            }
        }

        return new LogicalTable(Table, rows);
    }
}
