using Extractor.Core.Schema;
using Extractor.Core.Values;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>Edits that plant a value quirk into a sampled model; each keeps the truth honest about what is printed.</summary>
public static class Plant
{
    /// <summary>Prints the matching zero cells as <paramref name="text"/> ("/", "-", blank), which is not zero.</summary>
    public static void ZerosAs(ReportModel model, Func<CellKey, bool> where, string text, CellTruth truth)
    {
        foreach (var key in model.Zeros().Where(where).ToList())
        {
            model.Print(key, text, truth);
        }
    }

    /// <summary>Blanks every row of the table whose cells are all zero: the agency left the whole row empty.</summary>
    public static void BlankZeroRows(ReportModel model, string table, Func<string, bool>? rows = null)
    {
        var schema = model.Schema.Table(table);
        foreach (var row in schema.Rows.Where(r => rows?.Invoke(r.Key) ?? true))
        {
            var cells = schema.Cells.Where(k => k.Row == row.Key).ToList();
            if (cells.All(k => model[k].Truth.Number == 0m))
            {
                cells.ForEach(k => model.Print(k, string.Empty, CellTruth.Empty));
            }
        }
    }

    /// <summary>Reprints some numeric cells with full-width digits ("１２"), as typed with a Chinese input method.</summary>
    public static void FullWidthDigits(ReportModel model, SeededRandom rng, int percent)
    {
        foreach (var key in model.Schema.Cells.Where(k => model[k].Truth.Kind == ValueKind.Number).ToList())
        {
            if (rng.Percent(percent))
            {
                model.Reprint(key, FullWidth(model[key].Text));
            }
        }
    }

    public static string FullWidth(string text) =>
        new([.. text.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c)]);

    /// <summary>Circled sub-item numbers (①②③) instead of "1." "2." "3.".</summary>
    public static string Circled(string label) =>
        label.Length > 1 && char.IsAsciiDigit(label[0]) && label[1] == '.' ? (char)('①' + label[0] - '1') + label[2..] : label;

    public static CellKey Key(string table, string row, string column) => new(table, row, column);
}
