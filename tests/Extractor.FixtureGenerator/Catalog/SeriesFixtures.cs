using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Composition;
using Extractor.FixtureGenerator.Layout;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Randomness;
using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>
/// One agency's reports for three consecutive years, the only fixtures that share an agency, for the cross-report
/// checks of a run: year 2 carries over exactly what year 1 carried forward, in every column, and keeps 现行有效 in
/// step with 制发/废止; year 3's carried_over.total disagrees with year 2's carried_forward.total (a natural person's
/// application too many). Each report is consistent on its own, so each file alone is ok.
/// </summary>
public static class SeriesFixtures
{
    public const string Folder = "series";

    private const int FirstYear = 2021;

    public static IEnumerable<IFixture> All
    {
        get
        {
            var chain = Chain();
            return
            [
                Year(chain[0], "2021_series_first_year", ".txt", s => s with { Renderer = new RowPerLineRenderer() }),
                Year(chain[1], "2022_series_carried_over_matches", ".html", PortalTables(new PortalPage())),
                Year(chain[2], "2023_series_carried_over_total_differs", ".html", PortalTables(new PortalPage { Title = ArticleTitle.DivTitle, SidebarFirst = true })),
            ];
        }
    }

    /// <summary>The three years' values, drawn once from the series' own generator and chained.</summary>
    private static ReportModel[] Chain()
    {
        var rng = SeededRandom.ForName(Folder);
        var agency = Agencies.Draw(rng);
        var years = Enumerable.Range(FirstYear, 3)
            .Select(y => ReportSampler.Sample(Era.Template2021, y, agency, ValueProfile.Busy, rng))
            .ToArray();

        for (var i = 1; i < years.Length; i++)
        {
            YearChain.Carry(years[i - 1], years[i]);
            YearChain.InForce(years[i - 1], years[i]);
        }

        var last = years[^1];
        YearChain.SetCarriedOver(last, "natural_person", last.Number("applications", "carried_over", "natural_person") + 1);
        return years;
    }

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

    private static Func<DocumentStyle, DocumentStyle> PortalTables(PortalPage page) =>
        s => s with { Markup = page, Renderer = new HtmlTableRenderer(), Tables = s.Tables with { Groups = GroupPlacement.Rowspan } };
}
