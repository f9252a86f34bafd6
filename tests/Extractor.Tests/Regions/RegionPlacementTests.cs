using Extractor.Core.Checks;
using Extractor.Core.Regions;
using Extractor.Core.Reports;

namespace Extractor.Tests.Regions;

public sealed class RegionPlacementTests
{
    private static ReportResult Report(string id, string? agency, string? region = null, int year = 2023) =>
        new(id, $"{id}.txt", "txt", agency, region, year, null, false, ReportStatus.Ok, null, [], [], []);

    [Test]
    public void ReportsGetTheirAgencysCountyCodeAndAgenciesOneRowEach()
    {
        var placed = RegionPlacement.Place(
        [
            Report("a", "保定市徐水区人民政府办公室"),
            Report("b", "保定市徐水区人民政府办公室", year: 2024),
            Report("c", "朝阳区人民政府"),
            Report("d", null),
        ]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placed.Reports.Select(r => r.RegionCode), Is.EqualTo(new[] { "130609", "130609", null, null }));
            Assert.That(placed.Agencies.Select(a => (a.Agency, a.How)), Is.EqualTo(new[] { ("保定市徐水区人民政府办公室", PlacementHow.Title), ("朝阳区人民政府", PlacementHow.Ambiguous) }));
            Assert.That(placed.KeyOf(placed.Reports[0]), Is.EqualTo(placed.KeyOf(placed.Reports[1])));
            Assert.That(placed.KeyOf(placed.Reports[3]), Is.Null);
        }
    }

    [Test]
    public void ASourcesCodeOnTheReportWinsAndIsSaidToComeFromTheSources()
    {
        var placed = RegionPlacement.Place([Report("a", "朝阳区人民政府", "220104")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placed.Reports[0].RegionCode, Is.EqualTo("220104"));
            Assert.That(placed.Agencies.Single().How, Is.EqualTo(PlacementHow.Sources));
            Assert.That(placed.Agencies.Single().Path, Is.EqualTo("吉林省 长春市 朝阳区"));
        }
    }

    [Test]
    public void ATownshipsReportKeepsItsCountysSixDigitCode()
    {
        var township = RegionDirectory.Shared.Find("130609100")!;
        var placed = RegionPlacement.Place([Report("a", $"保定市徐水区{township.Name}人民政府")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placed.Reports[0].RegionCode, Is.EqualTo("130609"));
            Assert.That(placed.Agencies.Single().RegionCode, Is.EqualTo("130609100"));
        }
    }

    [Test]
    public void TheAgencyKeyChainsYearsWhoseTitlesSpellTheAgencyDifferently()
    {
        // Two years of one office, the second title without its city: carry_chain still finds the year before.
        var first = Report("a", "保定市徐水区人民政府办公室", year: 2022);
        var second = Report("b", "徐水区人民政府办公室", year: 2023);
        var placed = RegionPlacement.Place([first with { Era = Core.Schema.Era.Template2021 }, second with { Era = Core.Schema.Era.Template2021 }]);
        var checkedReports = CrossReportChecks.Apply(placed.Reports, placed.KeyOf);
        Assert.That(checkedReports[1].Checks.Count(c => c.Check == "carry_chain"), Is.EqualTo(7));
    }
}
