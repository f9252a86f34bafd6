using Extractor.Core.Schema;
using Extractor.Core.Text;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition;

/// <summary>
/// Puts the cells of captured rows on their template keys. A row is placed by count: its cells, blank padding at
/// the ends trimmed, must be exactly its columns. Where a grid row has more cells than columns (an extra padding
/// column), the grid columns that the table's fitting rows use pick its cells. A row with fewer cells than columns is
/// left unplaced with a reason: a browser shows a missing &lt;td&gt; as a shift too, so its place cannot be told, and a
/// value is never moved to a column it may not belong to.
/// </summary>
public static class CellPlacer
{
    public static Placement Place(TemplateSchema schema, TableWalk walk)
    {
        var cells = new Dictionary<CellKey, CellValue>(schema.Cells.Count);
        var problems = new List<PlacementProblem>();
        var placedRows = new Dictionary<(string, string), RowCapture>();
        var signatures = GridSignatures(walk.Rows);

        foreach (var capture in walk.Rows)
        {
            var key = (capture.Table.Key, capture.Row.Key);
            if (capture.Cells.Count == 0 && capture.GluedNumber is null)
            {
                continue;
            }

            if (placedRows.TryGetValue(key, out var earlier))
            {
                var same = earlier.Cells.Select(c => c.Folded).SequenceEqual(capture.Cells.Select(c => c.Folded));
                if (!same)
                {
                    var keys = Keys(capture.Table, capture.Row);
                    foreach (var k in keys)
                    {
                        cells.Remove(k);
                    }

                    problems.Add(new($"{capture.Table.Key}.{capture.Row.Key} is printed twice with different values ({earlier.Label.Block.Location}, {capture.Label.Block.Location})", keys));
                }

                continue;
            }

            placedRows[key] = capture;
            PlaceRow(capture, signatures, cells, problems);
        }

        foreach (var table in schema.Tables.Where(t => t.Layout == TableLayout.SingleRun))
        {
            if (walk.Runs.TryGetValue(table.Key, out var run))
            {
                PlaceRun(table, run, walk.RunRowLabels, cells, problems);
            }
        }

        return new Placement(cells, problems);
    }

    private static void PlaceRow(
        RowCapture capture,
        Dictionary<(string Table, int Grid, int Width), int[]> signatures,
        Dictionary<CellKey, CellValue> cells,
        List<PlacementProblem> problems)
    {
        var row = capture.Row;
        var width = row.Columns.Count;
        var found = Fit(capture.Cells, width);
        if (found is null && capture.Cells.Count > width && GridOf(capture.Cells) is { } grid
            && signatures.TryGetValue((capture.Table.Key, grid, width), out var signature))
        {
            found = ByGridColumns(capture.Cells, signature);
        }

        if (found is null && capture.GluedNumber is { } glued && capture.Cells.Count == width - 1)
        {
            // The label's text ran into the first cell when the page was flattened; believed only where the row's
            // own total then holds, since a stray digit plus a dropped blank cell would look the same.
            var first = capture.Label with { Block = capture.Label.Block with { Text = glued } };
            List<Token> candidate = [first, .. capture.Cells];
            found = RowTotalHolds(row, candidate) ? candidate : null;
        }

        if (found is null)
        {
            var hint = capture.Continuation.Count > 0 && capture.Cells.Count < width
                ? $"; text '{Excerpt.Of(capture.Continuation[0].Raw, 20)}' may hold a value"
                : string.Empty;
            problems.Add(new($"{capture.Table.Key}.{row.Key}: {capture.Cells.Count} cells for {width} columns at {capture.Label.Block.Location}{hint}", Keys(capture.Table, row)));
            return;
        }

        for (var i = 0; i < width; i++)
        {
            Put(new CellKey(capture.Table.Key, row.Key, row.Columns[i].Key), row.Columns[i].Type, found[i], cells, problems);
        }
    }

    /// <summary>
    /// A table printed as one run (table 4): by the row label on each printed line where the lines carry labels, in
    /// whatever order they come; else as one run in template order.
    /// </summary>
    private static void PlaceRun(
        TableSchema table,
        List<Token> run,
        Dictionary<(string Table, int Line), RowSchema> labels,
        Dictionary<CellKey, CellValue> cells,
        List<PlacementProblem> problems)
    {
        // Header lines carry the same words (行政复议 | 行政诉讼) with blank padding; only a line with numbers is a row.
        var labelled = run.GroupBy(t => t.Line).Where(g => labels.ContainsKey((table.Key, g.Key)) && g.Any(t => !t.IsBlank)).ToList();
        if (labelled.Count > 0)
        {
            var seen = new HashSet<string>();
            foreach (var line in labelled)
            {
                var row = labels[(table.Key, line.Key)];
                var found = Fit([.. line], row.Columns.Count);
                if (found is null || !seen.Add(row.Key))
                {
                    problems.Add(new($"{table.Key}.{row.Key}: {line.Count()} cells for {row.Columns.Count} columns at {line.First().Block.Location}", Keys(table, row)));
                    continue;
                }

                for (var i = 0; i < row.Columns.Count; i++)
                {
                    Put(new CellKey(table.Key, row.Key, row.Columns[i].Key), row.Columns[i].Type, found[i], cells, problems);
                }
            }

            return;
        }

        var columns = table.Rows.SelectMany(r => r.Columns.Select(c => (Key: new CellKey(table.Key, r.Key, c.Key), c.Type))).ToArray();
        var fitted = Fit(run, columns.Length);
        if (fitted is null)
        {
            problems.Add(new(
                $"{table.Key}: {run.Count(t => !t.IsBlank)} values for {columns.Length} cells from {run[0].Block.Location}",
                [.. columns.Select(c => c.Key)]));
            return;
        }

        for (var i = 0; i < columns.Length; i++)
        {
            Put(columns[i].Key, columns[i].Type, fitted[i], cells, problems);
        }
    }

    /// <summary>
    /// For each grid table and row width, the grid columns its fitting rows' cells stand in, as most agree; only
    /// rows with surplus cells consult it.
    /// </summary>
    private static Dictionary<(string Table, int Grid, int Width), int[]> GridSignatures(List<RowCapture> rows)
    {
        var votes = new Dictionary<(string, int, int), List<(int[] Columns, int Count)>>();
        foreach (var row in rows)
        {
            if (GridOf(row.Cells) is not { } grid || Fit(row.Cells, row.Width) is not { } fitted)
            {
                continue;
            }

            var columns = fitted.Select(c => c.Block.Grid!.Column).ToArray();
            var key = (row.Table.Key, grid, row.Width);
            if (!votes.TryGetValue(key, out var tally))
            {
                votes[key] = tally = [];
            }

            // A table's rows agree on one or two column sets: a list searched in order beats building string keys.
            var same = tally.FindIndex(t => t.Columns.AsSpan().SequenceEqual(columns));
            if (same < 0)
            {
                tally.Add((columns, 1));
            }
            else
            {
                tally[same] = (columns, tally[same].Count + 1);
            }
        }

        return votes.ToDictionary(v => v.Key, v => v.Value.MaxBy(x => x.Count).Columns);
    }

    /// <summary>The cells under the signature's columns, when every one is there and nothing but blanks stands elsewhere.</summary>
    private static List<Token>? ByGridColumns(List<Token> cells, int[] signature)
    {
        var picked = new List<Token>(signature.Length);
        foreach (var column in signature)
        {
            var cell = cells.FirstOrDefault(c => c.Block.Grid!.Column == column);
            if (cell is null)
            {
                return null;
            }

            picked.Add(cell);
        }

        return cells.Any(c => !c.IsBlank && !picked.Contains(c)) ? null : picked;
    }

    /// <summary>The grid table all the cells stand in, or null for cells without a grid or from several tables.</summary>
    private static int? GridOf(List<Token> cells)
    {
        if (cells.Count == 0 || cells[0].Block.Grid is not { } first)
        {
            return null;
        }

        return cells.All(c => c.Block.Grid?.Table == first.Table) ? first.Table : null;
    }

    /// <summary>Where the row has the applicants' total column, whether it is the sum of the others.</summary>
    private static bool RowTotalHolds(RowSchema row, List<Token> candidate)
    {
        var total = row.Columns.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Key == "total");
        if (total.c is null || row.Columns.Count < 2)
        {
            return false;
        }

        decimal sum = 0;
        for (var i = 0; i < row.Columns.Count; i++)
        {
            if (CellValueParser.Parse(candidate[i].Raw, row.Columns[i].Type).Number is not { } n)
            {
                return false;
            }

            sum += i == total.i ? 0 : n;
        }

        return CellValueParser.Parse(candidate[total.i].Raw, CellType.Count).Number == sum;
    }

    /// <summary>
    /// The row's cells when they fit its width exactly, after dropping surplus blank cells at the ends (padding from
    /// spans, trailing separators); null when they do not fit.
    /// </summary>
    private static List<Token>? Fit(List<Token> cells, int width)
    {
        int start = 0, end = cells.Count;
        while (end - start > width && cells[end - 1].IsBlank)
        {
            end--;
        }

        while (end - start > width && cells[start].IsBlank)
        {
            start++;
        }

        return end - start == width ? cells.GetRange(start, width) : null;
    }

    private static void Put(CellKey key, CellType type, Token token, Dictionary<CellKey, CellValue> cells, List<PlacementProblem> problems)
    {
        var parsed = CellValueParser.Parse(token.Raw, type);
        if (!parsed.IsValue)
        {
            problems.Add(new($"{key}: {parsed.Problem} at {token.Block.Location}", [key]));
            return;
        }

        cells[key] = new CellValue(key, parsed.Kind, parsed.Number, token.Raw, token.Block.Location, parsed.Note);
    }

    private static CellKey[] Keys(TableSchema table, RowSchema row) =>
        [.. row.Columns.Select(c => new CellKey(table.Key, row.Key, c.Key))];

}
