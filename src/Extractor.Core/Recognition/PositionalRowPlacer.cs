using System.Text.RegularExpressions;
using Extractor.Core.Schema;
using Extractor.Core.Text;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition;

/// <summary>
/// Places a row whose printed label the matcher does not know (a typo in the source: 2.其他法律行政止公开) by its
/// place in the table, as a person would: between two recognised rows, a printed row whose enumerator (2., （三）)
/// is that of exactly one template row missing from the rows in between is that row. Where no row or two rows fit,
/// nothing is placed. Every row placed so carries a note that quotes the printed label.
/// </summary>
public static partial class PositionalRowPlacer
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
        var placedRows = new HashSet<(string Table, string Row)>(placement.Cells.Keys.Select(k => (k.Table, k.Row)));
        var captured = walk.Rows.OrderBy(r => r.Label.Index).ToList();
        placedRows.UnionWith(captured.Select(r => (r.Table.Key, r.Row.Key)));
        foreach (var line in walk.StrayValues.GroupBy(v => v.Line).ToList())
        {
            var first = line.First();
            if (LabelOf(tokens, first) is not { } label || Enumerator(label.Folded) is not { } enumerator)
            {
                continue;
            }

            var before = captured.LastOrDefault(r => r.Label.Index < label.Index);
            var after = captured.FirstOrDefault(r => r.Label.Index > label.Index);
            if (before is null || after is null || before.Table != after.Table)
            {
                continue;
            }

            var table = before.Table;
            var from = IndexOf(table, before.Row);
            var to = IndexOf(table, after.Row);
            var fitting = table.Rows.Skip(from + 1).Take(Math.Max(0, to - from - 1))
                .Where(r => !placedRows.Contains((table.Key, r.Key)) && Enumerator(LabelFold.Fold(r.Label)) == enumerator)
                .ToList();
            var printed = Excerpt.Of(label.Raw.Trim(), 30);
            if (fitting.Count != 1)
            {
                if (fitting.Count > 1)
                {
                    walk.Notes.Add($"the label '{printed}' at {label.Block.Location} is not known and could be any of {string.Join(", ", fitting.Select(r => $"{table.Key}.{r.Key}"))}; its numbers are not placed");
                }

                continue;
            }

            var row = fitting[0];

            // The row's group must be one the document shows: another of its rows is recognised.
            if (row.Group is { } group && !captured.Any(r => r.Table == table && r.Row.Group == group))
            {
                continue;
            }

            if (ReadRow(tokens, label, table.Key, row) is not { } read)
            {
                continue;
            }

            cells ??= new Dictionary<CellKey, CellValue>(placement.Cells);
            foreach (var cell in read)
            {
                cells[cell.Key] = cell;
            }

            placedRows.Add((table.Key, row.Key));
            walk.StrayValues.RemoveAll(v => v.Line == line.Key);
            walk.Notes.Add($"{table.Key}.{row.Key} placed by its position: the printed label '{printed}' at {label.Block.Location} is not the template's '{row.Label}', but its enumerator and place between {before.Row.Key} and {after.Row.Key} fit that row only");
        }

        return cells is null ? placement : placement with { Cells = cells };
    }

    /// <summary>The text token that opens the stray values' printed row: on the same line, before them.</summary>
    private static Token? LabelOf(IReadOnlyList<Token> tokens, Token firstValue)
    {
        for (var i = firstValue.Index - 1; i >= 0 && tokens[i].Line == firstValue.Line; i--)
        {
            if (!tokens[i].IsValue)
            {
                return tokens[i].IsProse ? null : tokens[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The row's cells from the values printed after its label, one per column; null where their count differs or one
    /// is not a value of its column (nothing is placed by halves).
    /// </summary>
    internal static List<CellValue>? ReadRow(IReadOnlyList<Token> tokens, Token label, string tableKey, RowSchema row)
    {
        var values = ValuesAfter(tokens, label);
        if (values.Count != row.Columns.Count)
        {
            return null;
        }

        var cells = new List<CellValue>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var value = CellValueParser.Parse(values[i].Raw, row.Columns[i].Type);
            if (!value.IsValue)
            {
                return null;
            }

            var key = new CellKey(tableKey, row.Key, row.Columns[i].Key);
            cells.Add(new CellValue(key, value.Kind, value.Number, values[i].Raw, values[i].Block.Location, value.Note));
        }

        return cells;
    }

    /// <summary>The row's cells: the values on the label's line after it, blank padding at the ends dropped.</summary>
    private static List<Token> ValuesAfter(IReadOnlyList<Token> tokens, Token label)
    {
        var values = new List<Token>();
        for (var i = label.Index + 1; i < tokens.Count && tokens[i].Line == label.Line; i++)
        {
            if (!tokens[i].IsValue)
            {
                return [];
            }

            values.Add(tokens[i]);
        }

        while (values.Count > 0 && values[^1].IsBlank)
        {
            values.RemoveAt(values.Count - 1);
        }

        while (values.Count > 0 && values[0].IsBlank)
        {
            values.RemoveAt(0);
        }

        return values;
    }

    private static int IndexOf(TableSchema table, RowSchema row)
    {
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (table.Rows[i].Key == row.Key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A label's leading enumerator, as (bracketed?, numeral): （三） → "(三", 2. and 2、 → "2".</summary>
    public static string? Enumerator(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var m = EnumeratorPattern().Match(folded);
        return m.Success ? (m.Groups["open"].Success ? "(" : string.Empty) + m.Groups["n"].Value : null;
    }

    [GeneratedRegex(@"^(?:(?<open>\()(?<n>[一二三四五六七八九十]{1,3}|\d{1,2})\)|(?<n>[一二三四五六七八九十]{1,3}|\d{1,2})[、.,:])")]
    private static partial Regex EnumeratorPattern();
}
