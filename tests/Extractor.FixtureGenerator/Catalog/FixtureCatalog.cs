namespace Extractor.FixtureGenerator.Catalog;

/// <summary>Every fixture the generator writes, grouped as in real-world-quirks.md.</summary>
public static class FixtureCatalog
{
    public static IEnumerable<IFixture> All =>
    [
        .. SeparationFixtures.All,
        .. HeaderFixtures.All,
        .. ValueFixtures.All,
        .. LabelFixtures.All,
        .. NoiseFixtures.All,
        .. BadInputFixtures.All,
    ];
}
