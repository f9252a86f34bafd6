using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Model;

/// <summary>Fills table 4: few cases, most agencies none, totals that add up.</summary>
public static class ReviewValues
{
    public static void Fill(ReportModel model, SeededRandom rng, ValueProfile profile)
    {
        var identity = ApplicationValues.IdentityNamed(model.Schema, "review_total");
        var busy = profile == ValueProfile.Busy;
        foreach (var row in model.Schema.Table(identity.Table).Rows)
        {
            // Lawsuits are rarer than reviews, and a quiet agency has usually neither.
            var zeroPercent = (busy ? 45 : 85) + (row.Key == "review" ? 0 : 8);
            foreach (var column in identity.Right)
            {
                var max = column == "upheld" ? (busy ? 6 : 2) : 2;
                model.SetNumber(identity.Table, row.Key, column, rng.SmallCount(max, Math.Min(95, zeroPercent + (column == "upheld" ? 0 : 10))));
            }
        }

        RowTotals.Apply(model, identity);
    }
}
