using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.Layout;

/// <summary>Lays out table 4: a two-level header, then all fifteen values in one row.</summary>
public static class ReviewTableBuilder
{
    private const string Table = "review_litigation";

    public static LogicalTable Build(ReportModel model, TableStyle style)
    {
        var schema = model.Schema.Table(Table);
        var labels = schema.Rows[0].Columns.Select(c => style.Label(c.Label)).ToList();

        // The schema's litigation labels read "行政诉讼 未经复议直接起诉": the parent header, then the row's own.
        var review = style.Label(schema.Rows[0].Label);
        var litigation = style.Label(schema.Rows[1].Label.Split(' ')[0]);
        var subRows = schema.Rows.Skip(1).Select(r => style.Label(r.Label.Split(' ')[^1])).ToList();

        var rows = new List<TableRow>
        {
            TableRow.Of(RowRole.Header, new(review, null, labels.Count), new(litigation, null, labels.Count * subRows.Count)),
        };

        switch (style.ReviewHeader)
        {
            case ReviewHeader.TemplateOrder:
                {
                    // Under 行政复议 the five labels span both lower header rows; under 行政诉讼 they repeat below each kind of suit.
                    var wrapped = labels.Select(l => new TableCell(HeaderWrapping.Apply(l, style.Wrap))).ToList();
                    rows.Add(new TableRow(RowRole.Header, [.. wrapped.Select(w => w with { RowSpan = 2 }), .. subRows.Select(s => new TableCell(s, null, labels.Count))]));
                    rows.Add(new TableRow(RowRole.Header, [.. subRows.SelectMany(_ => wrapped)]));
                    break;
                }

            case ReviewHeader.Shredded:
                {
                    rows.Add(new TableRow(RowRole.Header, [.. subRows.Select(s => new TableCell(s, null, labels.Count))]));
                    var columns = Enumerable.Repeat(labels, 1 + subRows.Count).SelectMany(l => l).ToList();
                    for (var i = 0; i < columns.Max(c => c.Length); i++)
                    {
                        var position = i;
                        rows.Add(TableRow.Line(string.Join(' ', columns.Where(c => c.Length > position).Select(c => c[position]))));
                    }

                    break;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(style));
        }

        rows.Add(new TableRow(RowRole.Data, [.. schema.Rows.SelectMany(r => DataCells.Of(model, Table, r, style))]));
        return new LogicalTable(Table, rows);
    }
}
