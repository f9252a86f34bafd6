using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Checks;
using Extractor.Core.Documents;
using Extractor.Core.Schema;
using Extractor.Core.Text;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition.Recovery;

/// <summary>
/// Reads the rows the placer left out because they printed fewer values than columns: digits glued into one run
/// (行政规范性文件77132470) and rows whose blank cells were dropped. Every reading of the printed characters is
/// listed (bounded), the template's identities and the narrative's numbers narrow them, and a row is placed only
/// where exactly one reading is left; otherwise it stays out and the reason says how many readings remain. Cells
/// already placed are never changed.
/// </summary>
public static class ArithmeticRecovery
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new();

    public static Placement Recover(TemplateSchema schema, TableWalk walk, Placement placement, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(walk);
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(tokens);
        var rows = UnplacedRows(schema, walk, placement).ToList();
        if (rows.Count == 0)
        {
            return placement;
        }

        var scopes = schema.Identities
            .SelectMany(i => IdentityChecks.Scopes(schema.Table(i.Table), i).Select(s => new IdentityResolver.Scope(s.Left, s.Right)))
            .ToList();
        var variables = new List<RowVariable>();
        var problems = new List<PlacementProblem>();
        foreach (var (name, label, keys, types, pieces) in rows)
        {
            var index = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
            var local = scopes
                .Where(s => s.Left.All(index.ContainsKey) && s.Right.All(index.ContainsKey))
                .Select(s => new RowReadings.LocalIdentity([.. s.Left.Select(k => index[k])], [.. s.Right.Select(k => index[k])]))
                .ToList();
            var (readings, count) = RowReadings.Read(pieces, types, local);
            if (readings is null)
            {
                problems.Add(new(string.Create(CultureInfo.InvariantCulture, $"the printed '{Excerpt.Of(string.Join(" ", pieces.Select(p => p.Token.Raw.Trim())), 40)}' admits {count} readings or more, too many to search; none placed"), keys));
                continue;
            }

            variables.Add(new RowVariable(name, label, keys, pieces, readings));
        }

        Narrow(scopes, placement.Cells, variables);
        if (variables.Any(v => v.Readings.Count > 1) && NarrowByNarrative(schema, walk, tokens, variables))
        {
            Narrow(scopes, placement.Cells, variables);
        }

        var cells = new Dictionary<CellKey, CellValue>(placement.Cells);
        var recovered = new HashSet<CellKey>();
        foreach (var v in variables)
        {
            if (v.Readings.Count == 1)
            {
                Place(v, v.Readings[0], cells);
                recovered.UnionWith(v.Keys);
                continue;
            }

            var why = v.Readings.Count == 0
                ? "no reading of the printed digits satisfies the identities"
                : string.Create(CultureInfo.InvariantCulture, $"the printed '{Excerpt.Of(v.Printed, 40)}' admits {v.Readings.Count} readings the identities allow, none placed");
            problems.Add(new(why, v.Keys));
        }

        // The placer's message for a row now read goes; for a row still out, the recovery's finding is added to it.
        var kept = new List<PlacementProblem>();
        foreach (var p in placement.Problems)
        {
            if (recovered.Overlaps(p.Cells))
            {
                continue;
            }

            var finding = problems.FirstOrDefault(f => f.Cells.SequenceEqual(p.Cells));
            kept.Add(finding is null ? p : p with { Message = $"{p.Message}; {finding.Message}" });
        }

        kept.AddRange(problems.Where(f => !placement.Problems.Any(p => f.Cells.SequenceEqual(p.Cells))));
        return new Placement(cells, kept);
    }

    /// <summary>Each row on its own against the identities, then rows tied by identities together, until nothing changes.</summary>
    private static void Narrow(List<IdentityResolver.Scope> scopes, IReadOnlyDictionary<CellKey, CellValue> placed, List<RowVariable> variables)
    {
        do
        {
            IdentityResolver.Resolve(scopes, placed, variables);
        }
        while (variables.Any(v => v.Readings.Count > 1) && JointSearch.Narrow(scopes, placed, variables));
    }

    private static IEnumerable<(string Name, Token Label, CellKey[] Keys, CellType[] Types, List<PrintedPiece> Pieces)> UnplacedRows(
        TemplateSchema schema, TableWalk walk, Placement placement)
    {
        foreach (var group in walk.Rows.Where(r => r.Cells.Count > 0 || r.GluedNumber is not null || TrailingDigits(r.Label.Raw) is not null).GroupBy(r => (r.Table.Key, r.Row.Key)))
        {
            var captures = group.ToList();
            var capture = captures[0];
            var keys = capture.Row.Columns.Select(c => new CellKey(capture.Table.Key, capture.Row.Key, c.Key)).ToArray();
            if (captures.Count > 1 || keys.Any(placement.Cells.ContainsKey))
            {
                continue;
            }

            // A row printed on a line of its own with its cells glued to the label (行政规范性文件77132470): the digits
            // are the row's run. Digits glued to a label that other cells follow stay as the placer left them.
            var cells = capture.Cells;
            var glued = capture.GluedNumber ?? (cells.Count == 0 ? TrailingDigits(capture.Label.Raw) : null);
            if (glued is not null)
            {
                if (cells.Count > 0)
                {
                    continue;
                }

                cells = [capture.Label with { Block = capture.Label.Block with { Text = glued }, IsValue = true, Folded = glued }];
            }

            if (Pieces(cells, keys.Length, full: glued is not null) is { } pieces)
            {
                yield return ($"{capture.Table.Key}.{capture.Row.Key}", capture.Label, keys, [.. capture.Row.Columns.Select(c => c.Type)], pieces);
            }
        }

        foreach (var table in schema.Tables.Where(t => t.Layout == TableLayout.SingleRun))
        {
            if (!walk.Runs.TryGetValue(table.Key, out var run))
            {
                continue;
            }

            // Lines that carry a row label are that row's (the placer reads them so, in any order); else one run.
            var labelled = run.GroupBy(t => t.Line)
                .Where(g => walk.RunRowLabels.ContainsKey((table.Key, g.Key)) && g.Any(t => !t.IsBlank))
                .Select(g => (Row: walk.RunRowLabels[(table.Key, g.Key)], Tokens: g.ToList()))
                .ToList();
            if (labelled.Count > 0)
            {
                foreach (var line in labelled.GroupBy(l => l.Row.Key).Where(g => g.Count() == 1).Select(g => g.Single()))
                {
                    var keys = line.Row.Columns.Select(c => new CellKey(table.Key, line.Row.Key, c.Key)).ToArray();
                    if (!keys.Any(placement.Cells.ContainsKey) && Pieces(line.Tokens, keys.Length) is { } rowPieces)
                    {
                        yield return ($"{table.Key}.{line.Row.Key}", rowPieces[0].Token, keys, [.. line.Row.Columns.Select(c => c.Type)], rowPieces);
                    }
                }

                continue;
            }

            var all = table.Cells.ToArray();
            if (!all.Any(placement.Cells.ContainsKey) && Pieces(run, all.Length) is { } pieces)
            {
                var types = table.Rows.SelectMany(r => r.Columns.Select(c => c.Type)).ToArray();
                yield return (table.Key, pieces[0].Token, all, types, pieces);
            }
        }
    }

    /// <summary>
    /// The printed values of a row with fewer values than columns (or as many, for digits glued to the label, which
    /// the placer does not read), or null where it holds text or nothing.
    /// </summary>
    private static List<PrintedPiece>? Pieces(List<Token> cells, int width, bool full = false)
    {
        var printed = cells.Where(c => !c.IsBlank).ToList();
        if (printed.Count == 0 || printed.Count > width || (printed.Count == width && !full) || printed.Any(c => !c.IsValue))
        {
            return null;
        }

        return [.. printed.Select(PrintedPiece.Of)];
    }

    /// <summary>
    /// Digits ending a label that stands on a line of its own (3.危及“三安全一稳定”0000000): the walker keeps the digits
    /// after a closing quote in the label, as they might be part of it; for a row with no other value they are its run.
    /// </summary>
    private static string? TrailingDigits(string label)
    {
        var text = label.TrimEnd();
        var start = text.Length;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start < text.Length && start > 0 && !char.IsAsciiDigit(text[start - 1]) && text[start - 1] is not ('.' or '、' or '．')
            ? text[start..]
            : null;
    }

    /// <summary>Keeps, in rows still read several ways, the readings that agree with a number the prose states.</summary>
    private static bool NarrowByNarrative(TemplateSchema schema, TableWalk walk, IReadOnlyList<Token> tokens, List<RowVariable> variables)
    {
        var prose = string.Join("\n", tokens.Where(t => !walk.TableTokens.Contains(t.Index) && !t.IsValue).Select(t => t.Raw));
        var changed = false;
        foreach (var fact in schema.Narrative)
        {
            var m = Patterns.GetOrAdd(fact.Pattern, p => new Regex(p, RegexOptions.None, TimeSpan.FromSeconds(1))).Match(prose);
            if (!m.Success || !decimal.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stated))
            {
                continue;
            }

            foreach (var v in variables.Where(v => v.Readings.Count > 1))
            {
                var column = Array.IndexOf(v.Keys, fact.Cell);
                if (column < 0)
                {
                    continue;
                }

                var agreeing = v.Readings.Where(r => r.Kinds[column] == ValueKind.Number && r.Values[column] == stated).ToList();
                if (agreeing.Count > 0 && agreeing.Count < v.Readings.Count)
                {
                    v.Readings = agreeing;
                    changed = true;
                }
            }
        }

        return changed;
    }

    private static void Place(RowVariable v, RowReading reading, Dictionary<CellKey, CellValue> cells)
    {
        for (var c = 0; c < v.Keys.Length; c++)
        {
            var source = reading.Sources[c];
            if (source.Piece < 0)
            {
                cells[v.Keys[c]] = new CellValue(
                    v.Keys[c], ValueKind.Empty, null, string.Empty,
                    new RecoveredLocation(v.Label.Block.Location, "(nothing printed: a blank the print dropped)"));
                continue;
            }

            var piece = v.Pieces[source.Piece];
            var whole = source.Start == 0 && source.Length == piece.Digits.Length;
            var note = whole
                ? "(its column)"
                : string.Create(CultureInfo.InvariantCulture, $"(characters {source.Start + 1}-{source.Start + source.Length} of the run '{piece.Digits}')");
            cells[v.Keys[c]] = new CellValue(
                v.Keys[c], reading.Kinds[c], reading.Values[c], piece.Token.Raw,
                new RecoveredLocation(piece.Token.Block.Location, note));
        }
    }
}
