using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Composition;
using Extractor.FixtureGenerator.Layout;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Randomness;
using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>
/// The governments of five real districts of one city (保定市) over two years, for the region placement and the
/// comparison page: each district's 2023 carries over what its 2022 carried forward. The values are made up. Planted
/// for the page to show: 竞秀区 2023 has a source error (inconsistent), 莲池区 2023 was cut off inside table 3
/// (incomplete), 满城区 is a quiet district among busy ones, and 清苑区 2023 left its zero cells of table 3 blank
/// (blank is not zero: the shares that need them stay empty).
/// </summary>
public static class DistrictFixtures
{
    public const string Folder = "districts";

    private const string City = "保定市";

    private static readonly string[] Districts = ["竞秀区", "莲池区", "满城区", "清苑区", "徐水区"];

    private static readonly int[] Years = [2022, 2023];

    public static IEnumerable<IFixture> All => Districts.SelectMany(District);

    private static IEnumerable<IFixture> District(string district, int index)
    {
        var rng = SeededRandom.ForName($"{Folder}/{district}");
        var agency = $"{City}{district}人民政府";
        var profile = district == "满城区" ? ValueProfile.Quiet : ValueProfile.Busy;
        var years = Years.Select(y => ReportSampler.Sample(Era.Template2021, y, agency, profile, rng)).ToArray();
        YearChain.Carry(years[0], years[1]);
        YearChain.InForce(years[0], years[1]);

        var name = $"{index + 1}_{Transliterated[index]}";
        yield return Year(years[0], $"2022_{name}", ".txt", s => s with { Renderer = new RowPerLineRenderer() });
        var later = Year(years[1], $"2023_{name}", ".html", PortalTables(new PortalPage()));
        yield return district switch
        {
            "竞秀区" => later.With(m =>
            {
                var total = Plant.Key("applications", "total_processed", "total");
                m.SetNumber(total, m.Number(total) + 1);
            }),
            "莲池区" => later.WithCut(d => d.TruncatedAfter(Plant.Key("applications", "denied_process_info", "research"))),
            "清苑区" => later.With(m => Plant.ZerosAs(m, k => k.Table == "applications", string.Empty, CellTruth.Empty)),
            _ => later,
        };
    }

    /// <summary>File names stay ASCII like every other fixture's.</summary>
    private static readonly string[] Transliterated = ["jingxiu", "lianchi", "mancheng", "qingyuan", "xushui"];

    private static ReportFixture Year(ReportModel values, string name, string extension, Func<DocumentStyle, DocumentStyle> style) =>
        new(name, Era.Template2021, 24)
        {
            Folder = Folder,
            Extension = extension,
            Year = values.Year,
            Agency = values.Agency,
            Style = style,
            Values = (m, _) => m.CopyCells(values),
        };

    private static ReportFixture With(this ReportFixture fixture, Action<ReportModel> plant) =>
        new(fixture.Name, Era.Template2021, 24)
        {
            Folder = fixture.Folder,
            Extension = fixture.Extension,
            Year = fixture.Year,
            Agency = fixture.Agency,
            Style = fixture.Style,
            Values = (m, r) =>
            {
                fixture.Values(m, r);
                plant(m);
            },
        };

    private static ReportFixture WithCut(this ReportFixture fixture, Func<ComposedDocument, ComposedDocument> cut) =>
        new(fixture.Name, Era.Template2021, 24)
        {
            Folder = fixture.Folder,
            Extension = fixture.Extension,
            Year = fixture.Year,
            Agency = fixture.Agency,
            Style = fixture.Style,
            Values = fixture.Values,
            Cut = cut,
        };

    private static Func<DocumentStyle, DocumentStyle> PortalTables(PortalPage page) =>
        s => s with { Markup = page, Renderer = new HtmlTableRenderer(), Tables = s.Tables with { Groups = GroupPlacement.Rowspan } };
}
