using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Composition;
using Extractor.FixtureGenerator.Layout;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>Cell separation: how scrapers flatten table cells to lines (quirks 1-4).</summary>
public static class SeparationFixtures
{
    private static readonly string[] OrganisationColumns = ["business", "research", "social_welfare", "legal_service", "other_org"];

    public static IEnumerable<IFixture> All =>
    [
        // The seed's own shape: title over two lines, wrapped header words, a stray 0 glued to a group label,
        // lone U+00A0 lines inside rows and after table 4, a value with a glued U+00A0.
        new ReportFixture("2021_one_cell_per_line", Era.Template2021, 1, 5, 8, 11)
        {
            Style = s => s with
            {
                Title = TitleLayout.SeedLike,
                Tables = s.Tables with
                {
                    Wrap = HeaderWrap.TwoLines,
                    Labels = new Dictionary<string, string> { ["三、本年度办理结果"] = "三、本年度办理结果0" },
                    StrayBefore = new Dictionary<CellKey, string>
                    {
                        [Plant.Key("applications", "other_no_correction", "total")] = "\u00a0",
                        [Plant.Key("applications", "other_fee_unpaid", "total")] = "\u00a0",
                    },
                    AfterLastTable = "\u00a0",
                },
            },
            Values = (m, _) => m.Reprint(Plant.Key("applications", "denied_enforcement_files", "legal_service"), "\u00a0" + m.Cell("applications", "denied_enforcement_files", "legal_service").Text),
        },
        new ReportFixture("2019_one_cell_per_line", Era.Template2019, 1),
        new ReportFixture("2021_blank_line_between_cells", Era.Template2021, 1)
        {
            Style = s => s with { Renderer = new CellPerLineRenderer(new() { BlankLineBetweenCells = true }) },
        },
        new ReportFixture("2019_lines_ending_in_pipe", Era.Template2019, 1)
        {
            Style = s => s with { Renderer = new CellPerLineRenderer(new() { Suffix = " |" }) },
        },
        new ReportFixture("2021_lone_pipe_lines_between_rows", Era.Template2021, 1)
        {
            // A county government's own office: the crawler's tests name the county in a sources CSV.
            Agency = "青石县人民政府办公室",
            Style = s => s with { Renderer = new CellPerLineRenderer(new() { PipeLineBetweenRows = true }) },
        },
        new ReportFixture("2019_pipe_lines_alternating_with_cells", Era.Template2019, 1)
        {
            Style = s => s with { Renderer = new CellPerLineRenderer(new() { PipeLineBetweenCells = true }) },
        },
        new ReportFixture("2021_padding_pipe_runs", Era.Template2021, 1)
        {
            Style = s => s with { Renderer = new CellPerLineRenderer(new() { SpanPadding = true }) },
        },
        new ReportFixture("2021_row_per_line", Era.Template2021, 2)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer() },
        },
        new ReportFixture("2019_row_per_line", Era.Template2019, 2)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer() },
        },
        new ReportFixture("2021_row_per_line_trailing_pipe", Era.Template2021, 2)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Trailing = " |" }) },
        },
        new ReportFixture("2019_row_per_line_leading_and_trailing_pipes", Era.Template2019, 2)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Leading = "| ", Trailing = " |" }) },
        },
        new ReportFixture("2021_row_per_line_span_padding", Era.Template2021, 2)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { SpanPadding = true }) },
        },
        new ReportFixture("2021_row_per_line_extra_trailing_cell", Era.Template2021, 2)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Trailing = " |", ExtraTrailingCell = true }) },
        },
        new ReportFixture("2019_row_per_line_double_spaces", Era.Template2019, 2)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { DoubleSpaceSomeRows = true }) },
        },
        new ReportFixture("2021_tab_separated", Era.Template2021, 2)
        {
            // Copied out of a spreadsheet, whose flat header lists the columns in data order.
            Style = s => s with { Renderer = new TabSeparatedRenderer(), Tables = s.Tables with { ApplicantHeader = ApplicantHeader.DataOrder } },
        },
        new ReportFixture("2021_group_labels_glued_to_first_row", Era.Template2021, 2, 3)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(), Tables = s.Tables with { Groups = GroupPlacement.GluedToFirst } },
        },
        new ReportFixture("2019_group_labels_glued_to_first_row", Era.Template2019, 2, 3)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Trailing = " |" }), Tables = s.Tables with { Groups = GroupPlacement.GluedToFirst } },
        },
        new ReportFixture("2021_rowspans_as_leading_empty_cells", Era.Template2021, 2, 3)
        {
            Style = s => s with
            {
                Renderer = new RowPerLineRenderer(new() { Leading = "| ", Trailing = " |" }),
                Tables = s.Tables with { Groups = GroupPlacement.RowspanAsEmptyCells },
            },
        },
        new ReportFixture("2021_blank_cells_between_pipes", Era.Template2021, 2, 4, 10)
        {
            Profile = ValueProfile.Busy,
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Leading = "| ", Trailing = " |" }) },
            Values = (m, _) => Plant.ZerosAs(m, k => k.Table == "applications" && OrganisationColumns.Contains(k.Column), string.Empty, CellTruth.Empty),
        },
        new ReportFixture("2019_blank_cells_and_empty_rows", Era.Template2019, 2, 4, 10)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Leading = "| ", Trailing = " |" }) },
            Values = (m, _) =>
            {
                Plant.ZerosAs(m, k => k.Table == "active", string.Empty, CellTruth.Empty);
                Plant.BlankZeroRows(m, "applications");
            },
        },
        new ReportFixture("2021_one_cell_per_line_blanks_dropped", Era.Template2021, 1, 4, 10)
        {
            Profile = ValueProfile.Busy,
            Style = s => s with { Renderer = new CellPerLineRenderer(new() { DropBlankCells = true }) },
            Values = (m, _) => Plant.ZerosAs(m, k => k.Table == "applications" && OrganisationColumns.Contains(k.Column), string.Empty, CellTruth.Empty),
        },
    ];
}
