using Extractor.Core.Documents;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Tests.Checks;

/// <summary>Random cells of an era that satisfy every identity, as a well-kept report would print them.</summary>
public static class ConsistentCells
{
    public static Dictionary<CellKey, CellValue> Make(TemplateSchema schema, int seed)
    {
        var random = new Random(seed);
        var values = new Dictionary<CellKey, decimal>();
        foreach (var key in schema.Cells)
        {
            values[key] = random.Next(0, 4) == 0 ? random.Next(0, 30) : 0;
        }

        var apps = schema.Table("applications");
        var results = schema.Identities.Single(i => i.Id == "results_sum").Right;
        string[] people = ["natural_person", "business", "research", "social_welfare", "legal_service", "other_org"];
        foreach (var column in people)
        {
            decimal K(string row) => values[new CellKey("applications", row, column)];
            var processed = results.Sum(K);
            values[new("applications", "total_processed", column)] = processed;
            var over = Math.Min(K("carried_over"), processed + K("carried_forward"));
            values[new("applications", "carried_over", column)] = over;
            values[new("applications", "new_received", column)] = processed + K("carried_forward") - over;
        }

        foreach (var row in apps.Rows)
        {
            values[new("applications", row.Key, "total")] = people.Sum(c => values[new("applications", row.Key, c)]);
        }

        foreach (var row in schema.Table("review_litigation").Rows)
        {
            values[new("review_litigation", row.Key, "total")] =
                new[] { "upheld", "corrected", "other", "pending" }.Sum(c => values[new("review_litigation", row.Key, c)]);
        }

        return values.ToDictionary(
            kv => kv.Key,
            kv => new CellValue(kv.Key, ValueKind.Number, kv.Value, kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), new TextLineLocation(1)));
    }
}
