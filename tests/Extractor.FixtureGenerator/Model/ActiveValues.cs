using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Model;

/// <summary>
/// Fills table 2 of either era from its schema columns. Values that the template relates are sampled in column order
/// (制发 before 现行有效, 上一年项目数量 before 本年增/减) so the numbers stay plausible.
/// </summary>
public static class ActiveValues
{
    private const string Table = "active";

    public static void Fill(ReportModel model, SeededRandom rng, ValueProfile profile)
    {
        var busy = profile == ValueProfile.Busy;
        foreach (var row in model.Schema.Table(Table).Rows)
        {
            // Only governments of cities with districts make 规章; nearly every report prints zeros there.
            var silent = row.Key == "rules" && !(busy && rng.Percent(30));
            var values = new Dictionary<string, decimal>();
            foreach (var column in row.Columns)
            {
                var value = silent ? 0m : Sample(row.Key, column, values, busy, rng);
                values[column.Key] = value;
                model.SetNumber(new CellKey(Table, row.Key, column.Key), value);
            }
        }
    }

    private static decimal Sample(string row, ColumnSchema column, Dictionary<string, decimal> earlier, bool busy, SeededRandom rng) =>
        column.Key switch
        {
            "issued" or "made" => rng.SmallCount(row == "rules" ? 2 : 8, 40),
            "repealed" => rng.SmallCount(row == "rules" ? 1 : 4, 60),
            "published" => earlier["made"],
            "in_force" => earlier["issued"] + rng.Between(row == "rules" ? 2 : 0, busy ? 60 : 15),
            "total_published" => earlier["made"] + rng.Between(0, busy ? 80 : 20),
            "prior_items" => busy ? rng.Between(3, row == "penalty" ? 400 : 90) : rng.SmallCount(20, 45),
            "change" => Math.Max(-earlier["prior_items"], rng.Percent(55) ? 0 : rng.Between(-3, 4)),
            "decisions" => rng.SmallCount(DecisionScale(row, busy), busy ? 15 : 60),
            "items" => rng.SmallCount(busy ? 40 : 6, 40),
            "amount" => earlier["items"] == 0 ? 0m : rng.Between(100, 500_000) / 100m,
            "amount_10k_yuan" => busy && rng.Percent(60) ? rng.Between(1, 60_000) / 100m : 0m,
            _ => throw new InvalidOperationException($"no sampling rule for column {column.Key}"),
        };

    private static int DecisionScale(string row, bool busy) => row switch
    {
        "licensing" => busy ? 1200 : 40,
        "penalty" => busy ? 600 : 25,
        "other_services" => busy ? 300 : 20,
        _ => busy ? 40 : 4,
    };
}
