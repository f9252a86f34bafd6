using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Model;

/// <summary>A whole report's values, consistent with every identity of its era.</summary>
public static class ReportSampler
{
    public static ReportModel Sample(Era era, int year, string agency, ValueProfile profile, SeededRandom rng)
    {
        var model = new ReportModel(TemplateSchema.For(era), year, agency);
        ActiveValues.Fill(model, rng, profile);
        ApplicationValues.Fill(model, rng, profile);
        ReviewValues.Fill(model, rng, profile);
        return model;
    }
}
