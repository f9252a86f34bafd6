using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Composition;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>Cell separation: how scrapers flatten table cells to lines (quirks 1-4).</summary>
public static class SeparationFixtures
{
    public static IEnumerable<IFixture> All =>
    [
        new ReportFixture("2021_one_cell_per_line", Era.Template2021, 1)
        {
            Style = s => s with { Title = TitleLayout.SeedLike },
        },
    ];
}
