using Extractor.Core.Documents;
using Extractor.Core.Recognition;
using Extractor.Core.Schema;
using Extractor.Readers.Text;

namespace Extractor.Tests.Recognition;

/// <summary>The recogniser on small literal inputs, one quirk at a time.</summary>
public class RecogniserTests
{
    private static RecognisedReport Recognise(string text) =>
        Recogniser.Recognise(DocumentContent.Of("txt", PlainTextReader.ReadText(text)));

    private static decimal? Value(RecognisedReport r, string key) =>
        r.Cells.TryGetValue(CellKey.Parse(key), out var v) ? v.Number : null;

    private const string Table2 = """
        二、主动公开政府信息情况
        第二十条第（一）项
        信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
        规章 | 1 | 2 | 3
        行政规范性文件 | 4 | 5 | 6
        """;

    [Test]
    public void Title_on_two_lines_gives_agency_and_year()
    {
        var r = Recognise("某县人民政府办公室\n2023年政府信息公开工作年度报告\n本报告统计期限自2023年1月1日至12月31日。\n" + Table2);
        Assert.That((r.Agency, r.Year, r.Era), Is.EqualTo(("某县人民政府办公室", (int?)2023, (Era?)Era.Template2021)));
    }

    [Test]
    public void Title_on_one_line_amid_page_chrome()
    {
        var r = Recognise("字号 大 中 小\n打印本页\n某市统计局2022年政府信息公开工作年度报告\n发布时间：2023-01-20\n" + Table2);
        Assert.That((r.Agency, r.Year), Is.EqualTo(("某市统计局", (int?)2022)));
    }

    [Test]
    public void Mangled_period_does_not_override_the_title_year()
    {
        var r = Recognise("某区2020年政府信息公开工作年度报告\n本年度报告中所列数据统计期限自20201月1日起至202012月31日止。\n" + Table2);
        Assert.That(r.Year, Is.EqualTo(2020));
    }

    [Test]
    public void Delimited_rows_place_values_by_label()
    {
        var r = Recognise(Table2);
        Assert.Multiple(() =>
        {
            Assert.That(Value(r, "active.rules.in_force"), Is.EqualTo(3));
            Assert.That(Value(r, "active.normative_documents.issued"), Is.EqualTo(4));
        });
    }

    [Test]
    public void Sub_item_three_is_known_by_its_group()
    {
        var r = Recognise("""
            三、收到和处理政府信息公开申请情况
            （三）不予公开 | 3.危及“三安全一稳定” | 1 | 0 | 0 | 0 | 0 | 0 | 1
            （四）无法提供 | 3.补正后申请内容仍不明确 | 2 | 0 | 0 | 0 | 0 | 0 | 2
            （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0
            3.其他 | 5 | 0 | 0 | 0 | 0 | 0 | 5
            （七）总计 | 9 | 0 | 0 | 0 | 0 | 0 | 9
            """);
        Assert.Multiple(() =>
        {
            Assert.That(Value(r, "applications.denied_security_stability.total"), Is.EqualTo(1));
            Assert.That(Value(r, "applications.unable_unclear.total"), Is.EqualTo(2));
            Assert.That(Value(r, "applications.other_other.total"), Is.EqualTo(5));
            Assert.That(Value(r, "applications.total_processed.total"), Is.EqualTo(9));
        });
    }

    [Test]
    public void A_row_with_dropped_cells_is_left_unplaced_not_shifted()
    {
        var r = Recognise("""
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量
            3
            3
            二、上年结转政府信息公开申请数量
            0
            0
            0
            0
            0
            0
            0
            """);
        Assert.Multiple(() =>
        {
            Assert.That(Value(r, "applications.new_received.natural_person"), Is.Null);
            Assert.That(Value(r, "applications.new_received.total"), Is.Null);
            Assert.That(Value(r, "applications.carried_over.total"), Is.EqualTo(0));
            Assert.That(r.Problems.Single().Message, Does.Contain("applications.new_received: 2 cells for 7 columns"));
        });
    }

    [Test]
    public void Prose_numbers_never_become_cells()
    {
        var r = Recognise("""
            二、主动公开政府信息情况
            全年主动公开信息1234条，其中规章3件。
            1234
            第二十条第（一）项
            规章 | 1 | 2 | 3
            """);
        Assert.That(Value(r, "active.rules.issued"), Is.EqualTo(1));
    }

    [Test]
    public void A_digit_glued_to_a_group_label_is_not_a_value()
    {
        var r = Recognise("""
            三、收到和处理政府信息公开申请情况
            三、本年度办理结果0
            （一）予以公开
            8
            0
            0
            0
            0
            0
            8
            """);
        Assert.That(Value(r, "applications.granted.total"), Is.EqualTo(8));
    }

    [Test]
    public void Traditional_mirror_labels_match()
    {
        var r = Recognise("""
            二、主動公開政府信息情況
            第二十條第(一)項(xiàng)
            規章 | 1 | 2 | 3
            規範性檔案 | 4 | 5 | 6
            """);
        Assert.That(Value(r, "active.normative_documents.in_force"), Is.EqualTo(6));
    }

    [Test]
    public void Table_four_is_read_as_one_run_of_fifteen()
    {
        var r = Recognise("四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼\n" + string.Join(" | ", Enumerable.Range(1, 15)));
        Assert.Multiple(() =>
        {
            Assert.That(Value(r, "review_litigation.review.upheld"), Is.EqualTo(1));
            Assert.That(Value(r, "review_litigation.litigation_after_review.total"), Is.EqualTo(15));
        });
    }

    [Test]
    public void The_2019_form_is_recognised_from_its_labels_whatever_the_year()
    {
        var r = Recognise("""
            某县2022年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
            规章 | 0 | 0 | 0
            """);
        Assert.That((r.Era, r.Year), Is.EqualTo(((Era?)Era.Template2019, (int?)2022)));
    }

    [Test]
    public void Headings_without_tables_are_reported_as_missing_tables()
    {
        var r = Recognise("某县2023年政府信息公开工作年度报告\n一、总体情况\n今年我县公开工作稳步推进。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n问题若干。");
        Assert.Multiple(() =>
        {
            Assert.That(r.Kind, Is.EqualTo(DocumentKind.TablesMissing));
            Assert.That(r.Reason, Does.Contain("images"));
        });
    }

    [Test]
    public void A_news_item_is_not_a_report()
    {
        var r = Recognise("我市召开政务公开工作推进会\n会议要求各单位按时发布政府信息公开工作年度报告。会上，5个单位作了交流发言。");
        Assert.That(r.Kind, Is.EqualTo(DocumentKind.NotAReport));
    }

    [Test]
    public void A_second_report_on_the_page_is_cut_off_not_mixed_in()
    {
        var r = Recognise("""
            甲县2023年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
            规章 | 1 | 2 | 3
            三、收到和处理政府信息公开申请情况
            四、政府信息公开行政复议、行政诉讼情况
            乙县2023年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
            规章 | 7 | 8 | 9
            行政规范性文件 | 4 | 5 | 6
            """);
        Assert.Multiple(() =>
        {
            Assert.That(r.Agency, Is.EqualTo("甲县"));
            Assert.That(Value(r, "active.rules.issued"), Is.EqualTo(1));
            Assert.That(Value(r, "active.normative_documents.issued"), Is.Null);
            Assert.That(r.Reason, Does.Contain("more than one report"));
        });
    }

    [Test]
    public void A_wrapped_label_that_opens_another_row_keeps_its_values_from_the_open_row()
    {
        // A narrow PDF column: 5.要求行政机关确认或 / values / 重新出具已获取信息 / 1.申请人无正当理由逾 / 期不补正… with values.
        var r = Recognise("""
            三、收到和处理政府信息公开申请情况
            （五）不予处理
            5.要求行政机关确认或
            1 0 0 0 0 0 1
            重新出具已获取信息
            1.申请人无正当理由逾
            期不补正、行政机关不 | 0 | 0 | 0 | 0 | 0 | 0 | 0
            """.Replace("1 0 0 0 0 0 1", "1 | 0 | 0 | 0 | 0 | 0 | 1", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(Value(r, "applications.rejected_confirmation.natural_person"), Is.Not.EqualTo(0m));
            Assert.That(Value(r, "applications.rejected_confirmation.total"), Is.Not.EqualTo(0m));
        });
    }

    [Test]
    public void Table_four_rows_printed_with_labels_are_placed_by_their_labels_in_any_order()
    {
        var r = Recognise("""
            四、政府信息公开行政复议、行政诉讼情况
            行政复议 | 行政诉讼
            复议后起诉 | 1 | 0 | 0 | 0 | 1
            未经复议直接起诉 | 0 | 2 | 0 | 0 | 2
            行政复议 | 0 | 0 | 3 | 0 | 3
            """);
        Assert.Multiple(() =>
        {
            Assert.That(Value(r, "review_litigation.review.other"), Is.EqualTo(3));
            Assert.That(Value(r, "review_litigation.litigation_direct.corrected"), Is.EqualTo(2));
            Assert.That(Value(r, "review_litigation.litigation_after_review.upheld"), Is.EqualTo(1));
        });
    }

    [Test]
    public void A_glued_digit_is_taken_as_a_value_only_where_the_row_total_then_holds()
    {
        // A stray 1 glued to the label plus a dropped blank cell: taking the 1 would shift the row.
        var r = Recognise("""
            三、收到和处理政府信息公开申请情况
            三、本年度办理结果
            （二）部分公开（区分处理的，只计这一情形，不计其他情形）1
            5
            0
            0
            0
            0
            5
            """);
        Assert.That(r.Cells.Keys.Any(k => k.Row == "partially_granted"), Is.False);
    }

    [Test]
    public void A_sub_item_line_under_a_blank_row_does_not_lend_it_its_values()
    {
        var r = Recognise("""
            三、收到和处理政府信息公开申请情况
            三、本年度办理结果
            （一）予以公开
            其中：网上申请
            1
            0
            0
            0
            0
            0
            1
            """);
        Assert.That(r.Cells.Keys.Any(k => k.Row == "granted"), Is.False);
    }

    [Test]
    public void A_table_of_contents_is_not_a_second_report()
    {
        var r = Recognise("""
            某县2023年政府信息公开工作年度报告
            一、总体情况
            二、主动公开政府信息情况
            三、收到和处理政府信息公开申请情况
            四、政府信息公开行政复议、行政诉讼情况
            一、总体情况
            全年工作稳步推进。
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
            规章 | 1 | 2 | 3
            """);
        Assert.Multiple(() =>
        {
            Assert.That(r.Reason, Is.Null);
            Assert.That(Value(r, "active.rules.in_force"), Is.EqualTo(3));
        });
    }

    [Test]
    public void A_row_of_thousands_of_cells_is_not_a_template_row()
    {
        var r = Recognise("二、主动公开政府信息情况\n规章 | " + string.Join(" | ", Enumerable.Repeat("1", 40_000)));
        Assert.That(r.Cells.Keys.Any(k => k.Row == "rules"), Is.False);
    }
}
