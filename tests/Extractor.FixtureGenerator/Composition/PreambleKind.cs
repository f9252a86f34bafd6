namespace Extractor.FixtureGenerator.Composition;

/// <summary>Which preamble the report opens with.</summary>
public enum PreambleKind
{
    /// <summary>Cites the notice of the report's own era and names the statistics period.</summary>
    OwnNotice,

    /// <summary>Cites the 2019 notice whatever tables follow (quirk 18).</summary>
    Notice2019,

    /// <summary>The statistics period with its dates run together ("自20201月1日起至202012月31日止", quirk 20).</summary>
    MangledDates,

    None,
}
