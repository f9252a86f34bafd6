using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Composition;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>Noise around the report, reports without tables, source errors, cut and re-encoded downloads (quirks 19-24).</summary>
public static class NoiseFixtures
{
    public static IEnumerable<IFixture> All =>
    [
        new ReportFixture("2021_page_chrome_and_title_twice", Era.Template2021, 1, 19)
        {
            Style = s => s with { PageChrome = true, Title = TitleLayout.OneLine },
        },
        new ReportFixture("2019_mangled_preamble_dates", Era.Template2019, 1, 20)
        {
            Year = 2020,
            Style = s => s with { Preamble = PreambleKind.MangledDates },
        },
        new ReportFixture("2021_traditional_mirror_with_pinyin", Era.Template2021, 2, 21)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer() },
            Text = TraditionalMirror.Convert,
            Expect = e => e with { Agency = e.Agency is null ? null : TraditionalMirror.Convert(e.Agency) },
        },
        new ReportFixture("2021_prose_numbers_near_tables", Era.Template2021, 1, 22)
        {
            Profile = ValueProfile.Busy,
            Style = s => s with { ProseNumbersNearTables = true },
        },
        new ReportFixture("2021_tables_are_images", Era.Template2021, 23)
        {
            Style = s => s with { Frame = SectionFrame.TablesAsImages },

            // Nothing to place and nothing to check; the era cannot be told from table labels that are not there.
            Expect = e => e with { Era = string.Empty, Cells = [], MayBeMissing = [], FailingChecks = [] },
        },
        new ReportFixture("2021_source_error_total_off_by_one", Era.Template2021, 1, 24)
        {
            Profile = ValueProfile.Busy,
            Values = (m, _) =>
            {
                var total = Plant.Key("applications", "total_processed", "total");
                m.SetNumber(total, m.Number(total) + 1);
            },
        },
        new ReportFixture("2019_source_error_review_total", Era.Template2019, 2, 24)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer() },
            Values = (m, _) =>
            {
                m.SetNumber("review_litigation", "review", "upheld", m.Number("review_litigation", "review", "upheld") + 2);
                m.SetNumber("review_litigation", "review", "total", m.Number("review_litigation", "review", "total") + 3);
            },
        },
        new ReportFixture("2021_prose_disagrees_with_table", Era.Template2021, 1, 22, 24)
        {
            Style = s => s with { ProseNewReceivedOffset = -1 },

            // The spec makes narrative a warning, so the report stays ok; a stricter reading calls it inconsistent.
            Expect = e => e with { StatusAnyOf = ["ok", "inconsistent"] },
        },
        new ReportFixture("2021_truncated_in_table3", Era.Template2021, 1)
        {
            Profile = ValueProfile.Busy,
            Cut = d => d.TruncatedAfter(Plant.Key("applications", "denied_process_info", "research")),
        },
        new ReportFixture("2021_crlf_with_bom", Era.Template2021, 2)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer() },
            Encode = TextEncodings.Utf8BomCrlf,
        },
        new ReportFixture("2021_gbk_encoded", Era.Template2021, 1)
        {
            Encode = TextEncodings.Gbk,
        },
    ];
}
