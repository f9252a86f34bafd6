using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition;

/// <summary>
/// Puts the cells of captured rows on their template keys. A row whose cell count does not fit its columns is left
/// unplaced with a reason: a value is never moved to a column it may not belong to.
/// </summary>
public static class CellPlacer
{
    public static Placement Place(TemplateSchema schema, TableWalk walk)
    {
        var cells = new Dictionary<CellKey, CellValue>();
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
            if (capture.Cells.Count > 0 && capture.Cells.All(c => c.Block.Grid is not null)
                && (signatures.TryGetValue((capture.Table.Key, capture.Width), out var signature)
                    || (Fit(capture.Cells, capture.Width) is null && FromFirstColumn(signatures, capture, out signature))))
            {
                PlaceByGrid(capture, signature, cells, problems);
            }
            else
            {
                PlaceRow(capture, cells, problems);
            }
        }

        foreach (var table in schema.Tables.Where(t => t.Layout == TableLayout.SingleRun))
        {
            if (walk.Runs.TryGetValue(table.Key, out var run))
            {
                PlaceRun(table, run, walk.RunHeaders.GetValueOrDefault(table.Key) ?? [], cells, problems);
            }
        }

        return new Placement(cells, problems);
    }

    private static void PlaceRow(RowCapture capture, Dictionary<CellKey, CellValue> cells, List<PlacementProblem> problems)
    {
        var row = capture.Row;
        var found = Fit(capture.Cells, row.Columns.Count);
        var name = $"{capture.Table.Key}.{row.Key}";
        if (found is null && capture.GluedNumber is { } glued && capture.Cells.Count == row.Columns.Count - 1)
        {
            // The label's text ran into the first cell when the page was flattened.
            var first = capture.Label with { Block = capture.Label.Block with { Text = glued } };
            found = [first, .. capture.Cells];
        }

        if (found is null)
        {
            var hint = capture.Continuation.Count > 0 && capture.Cells.Count < row.Columns.Count
                ? $"; text '{Shorten(capture.Continuation[0].Raw)}' may hold a value"
                : string.Empty;
            problems.Add(new(
                $"{name}: {capture.Cells.Count} cells for {row.Columns.Count} columns at {capture.Label.Block.Location}{hint}",
                Keys(capture.Table, row)));
            return;
        }

        for (var i = 0; i < row.Columns.Count; i++)
        {
            Put(new CellKey(capture.Table.Key, row.Key, row.Columns[i].Key), row.Columns[i].Type, found[i], cells, problems);
        }
    }

    /// <summary>
    /// For each table and row width, the grid columns its data cells stand in, as most rows that fit agree. With
    /// it a row's values are placed by the column they stand under, so a missing or extra cell shifts nothing.
    /// </summary>
    private static Dictionary<(string Table, int Width), int[]> GridSignatures(List<RowCapture> rows)
    {
        return rows
            .Where(r => r.Cells.Count > 0 && r.Cells.All(c => c.Block.Grid is not null))
            .Select(r => (Row: r, Fitted: Fit(r.Cells, r.Width)))
            .Where(x => x.Fitted is not null)
            .GroupBy(x => (x.Row.Table.Key, x.Row.Width))
            .ToDictionary(
                g => g.Key,
                g => g.Select(x => x.Fitted!.Select(c => c.Block.Grid!.Column).ToArray())
                    .GroupBy(cols => string.Join(",", cols))
                    .OrderByDescending(s => s.Count())
                    .First().First());
    }

    /// <summary>
    /// For a short row of a width no full row has (a 2019 table 2 with both two-value rows cut short): the table's
    /// values start in one grid column, and the row's columns follow it, a spanned last cell standing for the rest.
    /// </summary>
    private static bool FromFirstColumn(Dictionary<(string Table, int Width), int[]> signatures, RowCapture capture, out int[] signature)
    {
        var starts = signatures.Where(s => s.Key.Table == capture.Table.Key).Select(s => s.Value[0]).Distinct().ToList();
        signature = starts.Count == 1 ? [.. Enumerable.Range(starts[0], capture.Width)] : [];
        return starts.Count == 1;
    }

    private static void PlaceByGrid(RowCapture capture, int[] signature, Dictionary<CellKey, CellValue> cells, List<PlacementProblem> problems)
    {
        var row = capture.Row;
        var name = $"{capture.Table.Key}.{row.Key}";
        var placed = new Token?[signature.Length];
        foreach (var token in capture.Cells)
        {
            var index = Array.IndexOf(signature, token.Block.Grid!.Column);
            if (index >= 0)
            {
                placed[index] = token;
            }
            else if (!token.IsBlank)
            {
                problems.Add(new($"{name}: '{Shorten(token.Raw)}' at {token.Block.Location} stands outside the table's data columns", []));
            }
        }

        var absent = new List<CellKey>();
        for (var i = 0; i < row.Columns.Count; i++)
        {
            var key = new CellKey(capture.Table.Key, row.Key, row.Columns[i].Key);
            if (placed[i] is { } token)
            {
                Put(key, row.Columns[i].Type, token, cells, problems);
            }
            else
            {
                absent.Add(key);
            }
        }

        if (absent.Count > 0)
        {
            problems.Add(new($"{name}: no cell under column(s) {string.Join(", ", absent.Select(k => k.Column))} at {capture.Label.Block.Location}", absent));
        }
    }

    private static void PlaceRun(TableSchema table, List<Token> run, List<Token> headers, Dictionary<CellKey, CellValue> cells, List<PlacementProblem> problems)
    {
        var columns = table.Rows.SelectMany(r => r.Columns.Select(c => (Key: new CellKey(table.Key, r.Key, c.Key), c.Type))).ToArray();
        var found = Fit(run, columns.Length);
        if (found is null && HeaderSpan(run, headers) is { } span && span.Width == columns.Length)
        {
            // The header says where each of the run's columns stands; a missing <td> loses only its own cell.
            var absent = new List<CellKey>();
            var byColumn = run.GroupBy(t => t.Block.Grid!.Column).ToDictionary(g => g.Key, g => g.First());
            for (var i = 0; i < columns.Length; i++)
            {
                if (byColumn.TryGetValue(span.First + i, out var token))
                {
                    Put(columns[i].Key, columns[i].Type, token, cells, problems);
                }
                else
                {
                    absent.Add(columns[i].Key);
                }
            }

            if (absent.Count > 0)
            {
                problems.Add(new($"{table.Key}: no cell under column(s) {string.Join(", ", absent.Select(k => $"{k.Row}.{k.Column}"))} at {run[0].Block.Location}", absent));
            }

            return;
        }

        if (found is null)
        {
            problems.Add(new(
                $"{table.Key}: {run.Count(t => !t.IsBlank)} values for {columns.Length} cells from {run[0].Block.Location}",
                [.. columns.Select(c => c.Key)]));
            return;
        }

        for (var i = 0; i < columns.Length; i++)
        {
            Put(columns[i].Key, columns[i].Type, found[i], cells, problems);
        }
    }

    /// <summary>The grid columns the run's header covers, when the run is one grid row under that header.</summary>
    private static (int First, int Width)? HeaderSpan(List<Token> run, List<Token> headers)
    {
        if (run.Count == 0 || run.Any(t => t.Block.Grid is null) || run.Select(t => (t.Block.Grid!.Table, t.Line)).Distinct().Count() != 1)
        {
            return null;
        }

        var table = run[0].Block.Grid!.Table;
        var above = headers.Where(h => h.Block.Grid!.Table == table && h.Block.Grid.Row < run[0].Block.Grid!.Row).ToList();
        if (above.Count == 0)
        {
            return null;
        }

        var first = above.Min(h => h.Block.Grid!.Column);
        var end = above.Max(h => h.Block.Grid!.Column + h.Block.Grid.ColumnSpan);
        return (first, end - first);
    }

    /// <summary>
    /// The row's cells when they fit its width exactly, after dropping surplus blank cells at the ends (padding from
    /// spans, trailing separators); null when they do not fit.
    /// </summary>
    private static List<Token>? Fit(List<Token> cells, int width)
    {
        var list = new List<Token>(cells);
        while (list.Count > width && list[^1].IsBlank)
        {
            list.RemoveAt(list.Count - 1);
        }

        while (list.Count > width && list[0].IsBlank)
        {
            list.RemoveAt(0);
        }

        return list.Count == width ? list : null;
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

    private static string Shorten(string raw)
    {
        var t = raw.Trim();
        return t.Length <= 20 ? t : string.Concat(t.AsSpan(0, 20), "…");
    }
}
