using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>How values are printed: no-value marks, stray spaces, full-width digits, signs, units, free text (quirks 10-14).</summary>
public static class ValueFixtures
{
    public static IEnumerable<IFixture> All =>
    [
        new ReportFixture("2021_zero_as_slash", Era.Template2021, 2, 10)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Trailing = " |" }) },
            Values = (m, _) =>
            {
                Plant.ZerosAs(m, k => k.Table == "active" && k.Row is "rules" or "coercion", "/", CellTruth.NotApplicable);
                Plant.ZerosAs(m, k => k.Table == "applications" && k.Column is "research" or "social_welfare", "/", CellTruth.NotApplicable);
            },
        },
        new ReportFixture("2019_zero_as_dashes", Era.Template2019, 1, 10)
        {
            Values = (m, _) =>
            {
                Plant.ZerosAs(m, k => k.Table == "active" && k.Row is "rules" or "procurement", "-", CellTruth.NotApplicable);
                Plant.ZerosAs(m, k => k.Table == "active" && k.Row is "other_services", "—", CellTruth.NotApplicable);
                Plant.ZerosAs(m, k => k.Table == "review_litigation" && k.Row != "review", "—", CellTruth.NotApplicable);
            },
        },
        new ReportFixture("2021_whole_rows_left_blank", Era.Template2021, 2, 10)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Leading = "| ", Trailing = " |" }) },
            Values = (m, _) => Plant.BlankZeroRows(m, "applications", row => row.StartsWith("denied_", StringComparison.Ordinal) || row.StartsWith("rejected_", StringComparison.Ordinal)),
        },
        new ReportFixture("2021_leading_spaces_and_nbsp", Era.Template2021, 1, 11)
        {
            Values = (m, rng) =>
            {
                foreach (var key in m.Schema.Cells.Where(k => m[k].Truth.Number is not null).ToList())
                {
                    var text = m[key].Text;
                    switch (rng.Next(8))
                    {
                        case 0: m.Reprint(key, " " + text); break;
                        case 1: m.Reprint(key, "  " + text); break;
                        case 2: m.Reprint(key, "\u00a0" + text); break;
                        case 3: m.Reprint(key, "? " + text); break;
                        default: break;
                    }
                }
            },
        },
        new ReportFixture("2021_fullwidth_digits", Era.Template2021, 2)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer() },
            Values = (m, rng) =>
            {
                Plant.FullWidthDigits(m, rng, 50);
                m.Print(Plant.Key("active", "fees", "amount_10k_yuan"), "240万元", CellTruth.Of(240m));
            },
        },
        new ReportFixture("2021_thousands_separators_and_decimals", Era.Template2021, 2, 13)
        {
            Profile = ValueProfile.Busy,
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Trailing = " |" }) },
            Values = (m, _) =>
            {
                m.Print(Plant.Key("active", "licensing", "decisions"), "12,634", CellTruth.Of(12634m));
                m.Print(Plant.Key("active", "penalty", "decisions"), "2,045", CellTruth.Of(2045m));
                m.Print(Plant.Key("active", "normative_documents", "in_force"), "1,102", CellTruth.Of(1102m));
                m.Print(Plant.Key("active", "fees", "amount_10k_yuan"), "199.43", CellTruth.Of(199.43m));
            },
        },
        new ReportFixture("2019_signed_changes", Era.Template2019, 2, 12)
        {
            Profile = ValueProfile.Busy,
            Style = s => s with { Renderer = new RowPerLineRenderer() },
            Values = (m, _) =>
            {
                m.SetNumber("active", "penalty", "prior_items", 1260);
                m.Print(Plant.Key("active", "penalty", "change"), "-417", CellTruth.Of(-417m));
                m.SetNumber("active", "licensing", "prior_items", 86);
                m.Print(Plant.Key("active", "licensing", "change"), "减4", CellTruth.Of(-4m));
                m.Print(Plant.Key("active", "other_services", "change"), "增3", CellTruth.Of(3m));
                m.Print(Plant.Key("active", "coercion", "change"), "+2", CellTruth.Of(2m));
                m.SetNumber("active", "fees", "prior_items", 6);
                m.Print(Plant.Key("active", "fees", "change"), "-1", CellTruth.Of(-1m));
            },
        },
        new ReportFixture("2021_fee_with_unit_in_cell", Era.Template2021, 1, 13)
        {
            Values = (m, _) => m.Print(Plant.Key("active", "fees", "amount_10k_yuan"), "43.788万元", CellTruth.Of(43.788m)),
        },
        new ReportFixture("2021_fee_in_yuan", Era.Template2021, 2, 13)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer() },
            Values = (m, _) => m.Print(Plant.Key("active", "fees", "amount_10k_yuan"), "1530000元", CellTruth.Of(153m)),
        },
        new ReportFixture("2019_procurement_free_text", Era.Template2019, 2, 13, 14)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Trailing = " |" }) },
            Values = (m, _) =>
            {
                // The count cell holds no count; a parser must not read 10 out of the text. The amount names its unit,
                // 元, and is converted to the column's documented 万元.
                m.Print(Plant.Key("active", "procurement", "items"), "区公务用车更新10辆", CellTruth.Empty);
                m.Print(Plant.Key("active", "procurement", "amount"), "1530000元", CellTruth.Of(153m));
            },
            Unplaceable = _ => [Plant.Key("active", "procurement", "items")],
        },
        new ReportFixture("2019_procurement_in_10k_yuan", Era.Template2019, 1, 13, 14)
        {
            Values = (m, _) =>
            {
                m.SetNumber("active", "procurement", "items", 12);
                m.Print(Plant.Key("active", "procurement", "amount"), "3416.8385万元", CellTruth.Of(3416.8385m));
            },
        },
    ];
}
