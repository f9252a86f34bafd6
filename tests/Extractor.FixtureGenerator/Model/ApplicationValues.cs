using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Model;

/// <summary>
/// Fills table 3 so that every identity of the era holds: rows and columns come from the schema's own identities,
/// so the sampler cannot drift from what the checks test.
/// </summary>
public static class ApplicationValues
{
    private const string Table = "applications";

    public static void Fill(ReportModel model, SeededRandom rng, ValueProfile profile)
    {
        var balance = IdentityNamed(model.Schema, "balance");
        var results = IdentityNamed(model.Schema, "results_sum");
        var rowTotal = IdentityNamed(model.Schema, "row_total");
        var (newReceived, carriedOver) = (balance.Left[0], balance.Left[1]);
        var (totalProcessed, carriedForward) = (balance.Right[0], balance.Right[1]);
        var outcomes = results.Right;

        foreach (var column in rowTotal.Right)
        {
            if (!Applies(column, profile, rng))
            {
                continue;
            }

            var received = column == "natural_person"
                ? rng.SmallCount(profile == ValueProfile.Busy ? 80 : 12, profile == ValueProfile.Busy ? 5 : 30)
                : rng.SmallCount(profile == ValueProfile.Busy ? 12 : 3, 20);
            var carried = rng.Percent(25) ? rng.Between(1, 3) : 0;
            var open = received + carried;
            var forward = open > 1 && rng.Percent(30) ? rng.Between(1, Math.Min(3, open - 1)) : 0;
            var processed = open - forward;

            model.SetNumber(Table, newReceived, column, received);
            model.SetNumber(Table, carriedOver, column, carried);
            model.SetNumber(Table, carriedForward, column, forward);
            model.SetNumber(Table, totalProcessed, column, processed);

            var counts = outcomes.ToDictionary(r => r, _ => 0);
            var totalWeight = outcomes.Sum(Weight);
            for (var i = 0; i < processed; i++)
            {
                // Each application lands on one outcome row, most often 予以公开 or 不掌握, like real reports.
                var draw = rng.Next(totalWeight);
                foreach (var row in outcomes)
                {
                    draw -= Weight(row);
                    if (draw < 0)
                    {
                        counts[row]++;
                        break;
                    }
                }
            }

            foreach (var (row, count) in counts)
            {
                model.SetNumber(Table, row, column, count);
            }
        }

        RowTotals.Apply(model, rowTotal);
    }

    internal static Identity IdentityNamed(TemplateSchema schema, string id) => schema.Identities.First(i => i.Id == id);

    private static bool Applies(string column, ValueProfile profile, SeededRandom rng)
    {
        var busy = profile == ValueProfile.Busy;
        var chance = column switch
        {
            "natural_person" => 100,
            "business" => busy ? 45 : 15,
            "research" => busy ? 8 : 2,
            "social_welfare" => busy ? 12 : 3,
            "legal_service" => busy ? 25 : 6,
            _ => busy ? 25 : 8,
        };
        return rng.Percent(chance);
    }

    private static int Weight(string outcome) => outcome switch
    {
        "granted" => 80,
        "partially_granted" => 20,
        "unable_not_held" => 35,
        "unable_needs_creation" => 6,
        "unable_unclear" => 4,
        "rejected_petition" or "rejected_duplicate" => 5,
        "other_no_correction" or "other_other" => 4,
        "other" => 8,
        "denied_third_party" or "denied_process_info" or "denied_internal_affairs" or "denied_query_matters" => 2,
        _ => 1,
    };
}
