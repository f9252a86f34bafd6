using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.PdfSources;

/// <summary>
/// The three template tables as the national template's own HTML lays them out: group labels spanning their rows
/// (三、本年度办理结果 over all result rows, （三）不予公开 over its eight), two-level headers with row and column spans.
/// </summary>
public static class TemplateHtmlTables
{
    private const string Centre = "text-align:center";

    // 条例 第二十条 items that introduce the rows of table 2; print decoration the schema does not hold.
    private static readonly (string Item, string[] Rows)[] ActiveGroups =
    [
        ("一", ["rules", "normative_documents"]),
        ("五", ["licensing", "other_services"]),
        ("六", ["penalty", "coercion"]),
        ("八", ["fees"]),
        ("九", ["procurement"]),
    ];

    private static readonly Dictionary<string, string> GroupLabels = new()
    {
        ["denied"] = "（三）不予公开",
        ["unable"] = "（四）无法提供",
        ["rejected"] = "（五）不予处理",
        ["other_processing"] = "（六）其他处理",
    };

    public static string Active(ReportModel model, PdfSourceLayout layout)
    {
        var table = model.Schema.Table("active");
        const int width = 4;
        var html = new HtmlTableWriter(!layout.Unruled);
        foreach (var (item, keys) in ActiveGroups)
        {
            var rows = table.Rows.Where(r => keys.Contains(r.Key)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            html.Row(new HtmlCell($"第二十条第（{item}）项", 1, width, Centre));
            // Rows of one group share their columns, except 2019's fees, which has one column fewer than licensing.
            foreach (var sameColumns in rows.GroupBy(r => string.Join('|', r.Columns.Select(c => c.Label))))
            {
                var columns = sameColumns.First().Columns;
                html.Row([new HtmlCell("信息内容", Style: Centre), .. columns.Select((c, i) => new HtmlCell(c.Label, 1, Span(i, columns.Count, width), Centre))]);
                foreach (var row in sameColumns)
                {
                    html.Row([new HtmlCell(row.Label), .. row.Columns.Select((c, i) => Value(model, "active", row.Key, c.Key, Span(i, columns.Count, width)))]);
                }
            }
        }

        return html.ToString();
    }

    public static string Applications(ReportModel model, PdfSourceLayout layout)
    {
        var table = model.Schema.Table("applications");
        var columns = table.Rows[0].Columns;
        var html = new HtmlTableWriter(!layout.Unruled);
        if (layout.RepeatTableHeader)
        {
            html.Open("thead");
        }

        html.Row(
            new HtmlCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3, Centre),
            new HtmlCell("申请人情况", 1, columns.Count, Centre));
        html.Row(
            new HtmlCell(columns[0].Label, 2, 1, Centre),
            new HtmlCell("法人或其他组织", 1, columns.Count - 2, Centre),
            new HtmlCell(columns[^1].Label, 2, 1, Centre));
        html.Row([.. columns.Skip(1).SkipLast(1).Select(c => new HtmlCell(c.Label, Style: Centre))]);
        if (layout.RepeatTableHeader)
        {
            html.Close("thead").Open("tbody");
        }

        var resultRows = table.Rows.Count(r => r.Group is not null);
        string? openGroup = null;
        foreach (var row in table.Rows)
        {
            var cells = new List<HtmlCell>();
            if (row.Group is null)
            {
                cells.Add(new HtmlCell(row.Label, 1, 3));
            }
            else
            {
                if (row.Key == "granted")
                {
                    cells.Add(new HtmlCell("三、本年度办理结果", resultRows, 1, Centre));
                }

                if (row.Group == "results")
                {
                    cells.Add(new HtmlCell(row.Label, 1, 2));
                }
                else
                {
                    if (row.Group != openGroup)
                    {
                        cells.Add(new HtmlCell(GroupLabels[row.Group], table.Rows.Count(r => r.Group == row.Group), 1));
                    }

                    cells.Add(new HtmlCell(row.Label));
                }
            }

            openGroup = row.Group;
            cells.AddRange(row.Columns.Select(c => Value(model, "applications", row.Key, c.Key)));
            html.Row([.. cells]);
        }

        if (layout.RepeatTableHeader)
        {
            html.Close("tbody");
        }

        return html.ToString();
    }

    public static string ReviewLitigation(ReportModel model, PdfSourceLayout layout)
    {
        var table = model.Schema.Table("review_litigation");
        var labels = table.Rows[0].Columns.Select(c => c.Label).ToList();
        // Set vertically the way word processors users do it: a line break after every character.
        var printed = layout.VerticalReviewHeader ? labels.Select(l => string.Join('\n', l.ToCharArray())).ToList() : labels;
        var html = new HtmlTableWriter(!layout.Unruled, "font-size:small");
        html.Row(new HtmlCell("行政复议", 1, labels.Count, Centre), new HtmlCell("行政诉讼", 1, labels.Count * 2, Centre));
        html.Row([.. printed.Select(l => new HtmlCell(l, 2, 1, Centre)), new HtmlCell("未经复议直接起诉", 1, labels.Count, Centre), new HtmlCell("复议后起诉", 1, labels.Count, Centre)]);
        html.Row([.. printed.Concat(printed).Select(l => new HtmlCell(l, Style: Centre))]);
        html.Row([.. table.Rows.SelectMany(r => r.Columns.Select(c => Value(model, "review_litigation", r.Key, c.Key)))]);
        return html.ToString();
    }

    private static int Span(int index, int count, int width) => index == count - 1 ? width - count : 1;

    private static HtmlCell Value(ReportModel model, string table, string row, string column, int span = 1) =>
        new(model[new CellKey(table, row, column)].Text, 1, span, Centre);
}
