namespace Extractor.FixtureGenerator.Catalog;

/// <summary>Every fixture the generator writes: text grouped as in real-world-quirks.md, bad inputs, portal pages, one agency's series.</summary>
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
        .. HtmlFixtures.All,
        .. SeriesFixtures.All,
        .. DistrictFixtures.All,
    ];
}
