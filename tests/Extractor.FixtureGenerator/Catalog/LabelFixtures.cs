using System.Text.RegularExpressions;
using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Composition;
using Extractor.FixtureGenerator.Layout;
using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>Label wording, numbering, section structure, local rows, era versus year (quirks 15-18).</summary>
public static class LabelFixtures
{
    public static IEnumerable<IFixture> All =>
    [
        new ReportFixture("2021_label_wording_variants", Era.Template2021, 1, 15)
        {
            Style = s => s with
            {
                Tables = s.Tables with
                {
                    Labels = new Dictionary<string, string>
                    {
                        ["本年处理决定数量"] = "本年处理绝对数量",
                        ["二、上年结转政府信息公开申请数量"] = "二、上年结转政府信息公开数量",
                        ["现行有效件数"] = "现行有效件数（历史累计）",
                        ["行政规范性文件"] = "规范性文件",
                        ["（三）不予公开"] = "（三） 不予公开",
                    },
                    LabelForm = label => Regex.Replace(label, @"^(\d)\.", "$1．"),
                },
            },
        },
        new ReportFixture("2019_label_brackets_and_numbering", Era.Template2019, 1, 15)
        {
            Style = s => s with
            {
                Tables = s.Tables with
                {
                    Labels = new Dictionary<string, string> { ["（三）不予公开"] = "（三）\n不予公开" },
                    LabelForm = label => Regex.Replace(Regex.Replace(label, @"^（([一二三四五六七八九])）", "($1)"), @"^(\d)\.", "$1、"),
                },
            },
        },
        new ReportFixture("2021_sub_items_circled_numbers", Era.Template2021, 2, 15)
        {
            Style = s => s with { Renderer = new RowPerLineRenderer(), Tables = s.Tables with { LabelForm = Plant.Circled } },
        },
        new ReportFixture("2021_section_heading_variants", Era.Template2021, 1, 16)
        {
            Style = s => s with
            {
                SubHeadingSuffix = "、",
                Headings = new Dictionary<int, string>
                {
                    [1] = "一、工作基本情况",
                    [2] = "二、行政机关主动公开政府信息情况",
                    [4] = "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
                    [5] = "五、政府信息公开工作存在的主要问题及改进情况",
                },
            },
        },
        new ReportFixture("2019_overview_and_two_sections_numbered_one", Era.Template2019, 2, 16)
        {
            Style = s => s with
            {
                Renderer = new RowPerLineRenderer(),
                Headings = new Dictionary<int, string>
                {
                    [1] = "一、概述",
                    [2] = "一、主动公开政府信息情况",
                    [5] = "五、存在问题及改进情况",
                },
            },
        },
        new ReportFixture("2021_opens_with_tables", Era.Template2021, 2, 16)
        {
            Style = s => s with { Frame = SectionFrame.TablesFirst, Title = TitleLayout.OneLine, Renderer = new RowPerLineRenderer() },
        },
        new ReportFixture("2021_local_extra_row", Era.Template2021, 2, 17)
        {
            Style = s => s with
            {
                Renderer = new RowPerLineRenderer(),
                Tables = s.Tables with { ExtraActiveRow = new LocalRow("normative_documents", "其他主动公开文件", ["37", "5", "218"]) },
            },
        },
        new ReportFixture("2019_instructions_in_labels", Era.Template2019, 1, 17)
        {
            Style = s => s with
            {
                Tables = s.Tables with
                {
                    Labels = new Dictionary<string, string>
                    {
                        ["规章"] = "规章（设区的市、自治州人民政府应提供相关数据）",
                        ["本年增/减"] = "本年增/减（指增加或减少的事项数，减用负值表示）",
                        ["采购总金额"] = "采购总金额（单位：万元）",
                    },
                },
            },
        },
        new ReportFixture("2019_form_for_a_2022_report", Era.Template2019, 2, 18)
        {
            Year = 2022,
            Style = s => s with { Renderer = new RowPerLineRenderer(new() { Trailing = " |" }) },
        },
        new ReportFixture("2021_tables_under_2019_notice", Era.Template2021, 1, 18)
        {
            Year = 2021,
            Style = s => s with { Preamble = PreambleKind.Notice2019 },
        },
        new ReportFixture("2021_legacy_headings_above_modern_tables", Era.Template2021, 2, 16, 18)
        {
            Style = s => s with
            {
                Renderer = new RowPerLineRenderer(),
                Headings = new Dictionary<int, string>
                {
                    [1] = "一、概述",
                    [3] = "三、依申请公开政府信息情况",
                    [4] = "五、因政府信息公开申请提起行政复议、行政诉讼的情况",
                    [5] = "六、存在的主要问题及改进措施",
                    [6] = "七、其他需要报告的事项",
                },
                ExtraSections =
                [
                    new InsertedSection(4, "四、政府信息公开的收费及减免情况", ["本年度未收取政府信息公开相关费用，无减免情况。"]),
                ],
            },
        },
    ];
}
