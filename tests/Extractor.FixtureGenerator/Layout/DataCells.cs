using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.Layout;

/// <summary>The value cells of one template row as printed, with any stray non-cell text the style plants among them.</summary>
public static class DataCells
{
    public static IEnumerable<TableCell> Of(ReportModel model, string table, RowSchema row, TableStyle style, int lastSpan = 1)
    {
        for (var i = 0; i < row.Columns.Count; i++)
        {
            var key = new CellKey(table, row.Key, row.Columns[i].Key);
            if (style.StrayBefore.TryGetValue(key, out var stray))
            {
                yield return new TableCell(stray);
            }

            yield return new TableCell(model[key].Text, key, i == row.Columns.Count - 1 ? lastSpan : 1);
        }
    }
}
