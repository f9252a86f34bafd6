using Extractor.Core.Recognition;
using Extractor.Readers.Text;

namespace Extractor.Tests.Recognition;

/// <summary>The title, agency and year chosen among every title-shaped line, as a person reading the page would.</summary>
public class TitleChooserTests
{
    private const string Preamble = "本报告依据《中华人民共和国政府信息公开条例》编制。本年度报告中所列数据的统计期限自2023年1月1日至12月31日。本报告电子版可在苏州市市场监督管理局门户网站查阅。";

    private static Title Choose(string text) =>
        TitleChooser.Choose(Token.From(PlainTextReader.ReadText(text)));

    [Test]
    public void A_sidebar_of_earlier_reports_before_the_title_is_not_the_title()
    {
        var t = Choose($"""
            历年年报
            苏州市市场监督管理局2021年政府信息公开工作年度报告
            苏州市市场监督管理局2020年政府信息公开工作年度报告
            相关链接
            苏州市市场监督管理局2023年政府信息公开工作年度报告
            {Preamble}
            一、总体情况
            """);
        Assert.That((t.Agency, t.Year), Is.EqualTo(("苏州市市场监督管理局", (int?)2023)));
    }

    [Test]
    public void Names_cut_with_an_ellipsis_are_never_the_title()
    {
        var t = Choose($"""
            苏州市市场监督管…2018年政府信息公开工作年度报告
            苏州市市场监督管...2019年政府信息公开工作年度报告
            苏州市市场监督管理局
            2023年政府信息公开工作年度报告
            {Preamble}
            """);
        Assert.That((t.Agency, t.Year), Is.EqualTo(("苏州市市场监督管理局", (int?)2023)));
    }

    [Test]
    public void Breadcrumb_and_browser_header_lines_are_not_the_title()
    {
        var t = Choose($"""
            12/4/26, 4:15 PM 苏州市市场监督管理局2019年政府信息公开工作年度报告
            首页 > 政府信息公开 > 苏州市市场监督管理局2019年政府信息公开工作年度报告
            苏州市市场监督管理局2023年政府信息公开工作年度报告
            发布时间：2024-01-20 来源：苏州市市场监督管理局
            {Preamble}
            """);
        Assert.That((t.Agency, t.Year), Is.EqualTo(("苏州市市场监督管理局", (int?)2023)));
    }

    [Test]
    public void A_bullet_is_not_part_of_the_agency()
    {
        var t = Choose($"""
            • 泉州市应急管理局
            2023年政府信息公开工作年度报告
            {Preamble}
            """);
        Assert.That(t.Agency, Is.EqualTo("泉州市应急管理局"));
    }

    [Test]
    public void Agency_line_above_the_title_skips_interleaved_sidebar_fragments()
    {
        // A sidebar printed beside the report: its item's pieces fall between the agency line and the title.
        var t = Choose($"""
            历年年报
            • 苏州市市场…2021
            苏州市市场监督管理局
            年政府信息公开
            2023年政府信息公开工作年度报告
            工作年度报告
            {Preamble}
            """);
        Assert.That((t.Agency, t.Year), Is.EqualTo(("苏州市市场监督管理局", (int?)2023)));
    }

    [Test]
    public void Without_its_own_title_the_year_comes_from_the_statistics_period_when_the_publication_date_agrees()
    {
        var t = Choose($"""
            历年年报
            苏州市市场监督管…2018年政府信息公开工作年度报告
            发布时间：2024-01-20 来源：苏州市市场监督管理局
            {Preamble}
            """);
        Assert.Multiple(() =>
        {
            Assert.That(t.Year, Is.EqualTo(2023));
            Assert.That(t.Agency, Is.EqualTo("苏州市市场监督管理局"));
        });
    }

    [Test]
    public void Candidates_that_disagree_without_an_own_title_leave_the_year_empty_with_a_note()
    {
        var t = Choose($"""
            历年年报
            苏州市市场监督管…2018年政府信息公开工作年度报告
            发布时间：2021-03-02
            {Preamble}
            """);
        Assert.Multiple(() =>
        {
            Assert.That(t.Year, Is.Null);
            Assert.That(t.Agency, Is.Null);
            Assert.That(t.Note, Does.Contain("statistics period 2023").And.Contain("published 2021").And.Contain("2018"));
        });
    }

    [Test]
    public void Whole_titles_of_several_years_none_introducing_the_text_give_no_year()
    {
        var t = Choose("""
            苏州市市场监督管理局2021年政府信息公开工作年度报告
            苏州市市场监督管理局2020年政府信息公开工作年度报告
            苏州市市场监督管理局2019年政府信息公开工作年度报告
            """);
        Assert.That(t.Year, Is.Null);
    }

    [Test]
    public void The_title_whose_year_the_statistics_period_confirms_wins_over_a_listed_one()
    {
        var t = Choose($"""
            苏州市市场监督管理局2021年政府信息公开工作年度报告
            苏州市市场监督管理局2023年政府信息公开工作年度报告
            {Preamble}
            """);
        Assert.That(t.Year, Is.EqualTo(2023));
    }
}
