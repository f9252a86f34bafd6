using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Layout;
using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>Header shapes: broken words, vertical and shredded labels, cut labels, header order, repeated sub-headers (quirks 5-9).</summary>
public static class HeaderFixtures
{
    public static IEnumerable<IFixture> All =>
    [
        new ReportFixture("2021_header_words_split_by_space", Era.Template2021, 2, 5)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(), Tables = s.Tables with { Wrap = HeaderWrap.Space } },
        },
        new ReportFixture("2019_header_words_on_separate_lines", Era.Template2019, 1, 5)
        {
            Style = s => s with
            {
                Tables = s.Tables with
                {
                    Wrap = HeaderWrap.TwoLines,
                    Labels = new Dictionary<string, string>
                    {
                        ["本年新制作数量"] = "本年新\n制作数量",
                        ["本年新公开数量"] = "本年新\n公开数量",
                        ["对外公开总数量"] = "对外公开\n总数量",
                        ["上一年项目数量"] = "上一年\n项目数量",
                        ["处理决定数量"] = "处理决定\n数量",
                    },
                },
            },
        },
        new ReportFixture("2021_header_split_over_two_rows", Era.Template2021, 2, 5)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Trailing = " |" }), Tables = s.Tables with { ApplicantHeader = ApplicantHeader.SplitOverTwoRows } },
        },
        new ReportFixture("2021_vertical_headers", Era.Template2021, 1, 6)
        {
            Style = s => s with { Tables = s.Tables with { Wrap = HeaderWrap.Vertical } },
        },
        new ReportFixture("2021_shredded_table4_header", Era.Template2021, 2, 6)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(), Tables = s.Tables with { ReviewHeader = ReviewHeader.Shredded } },
        },
        new ReportFixture("2019_shredded_table4_header", Era.Template2019, 1, 6)
        {
            Style = s => s with { Tables = s.Tables with { ReviewHeader = ReviewHeader.Shredded, Wrap = HeaderWrap.Vertical } },
        },
        new ReportFixture("2019_headers_cut_to_first_line", Era.Template2019, 2, 7)
        {
            Style = s => s with
            {
                Renderer = new RowPerLineRenderer(),
                Tables = s.Tables with
                {
                    Labels = new Dictionary<string, string>
                    {
                        ["本年新制作数量"] = "本年新",
                        ["本年新公开数量"] = "本年新",
                        ["上一年项目数量"] = "上一年",
                        ["本年增/减"] = "本年增/",
                        ["处理决定数量"] = "处理决",
                        ["社会公益组织"] = "社会公益",
                        ["法律服务机构"] = "法律服务",
                    },
                },
            },
        },
        new ReportFixture("2021_header_order_is_not_data_order", Era.Template2021, 2, 8)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Leading = "| ", Trailing = " |" }) },
        },
        new ReportFixture("2021_subtable_headers_once", Era.Template2021, 1, 9)
        {
            Style = s => s with { Tables = s.Tables with { SubTableHeaders = SubTableHeaders.Once } },
        },
        new ReportFixture("2019_subtable_headers_once", Era.Template2019, 2, 9)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(), Tables = s.Tables with { SubTableHeaders = SubTableHeaders.Once } },
        },
    ];
}
