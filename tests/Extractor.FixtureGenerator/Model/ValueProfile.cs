namespace Extractor.FixtureGenerator.Model;

/// <summary>How much an agency has to report: a township office reports mostly zeros, a city bureau hundreds of decisions.</summary>
public enum ValueProfile
{
    Quiet,
    Busy,
}
