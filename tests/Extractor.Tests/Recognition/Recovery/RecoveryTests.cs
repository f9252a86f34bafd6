using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Recognition;
using Extractor.Core.Recognition.Recovery;
using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.Core.Values;
using Extractor.Readers;

namespace Extractor.Tests.Recognition.Recovery;

/// <summary>Glued runs and dropped blanks read only where the identities leave one reading.</summary>
public class RecoveryTests
{
    private static readonly string[] Rows2021 =
    [
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果 （一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开 1.属于国家秘密", "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
        "8.属于行政查询事项", "（四）无法提供 1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "（五）不予处理 1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计", "四、结转下年度继续办理",
    ];

    /// <summary>Table 3 of a 2021 report as pipe rows; a row given in <paramref name="printed"/> is printed that way instead.</summary>
    private static string Table3(Dictionary<int, string> rows, Dictionary<int, string> printed)
    {
        var sb = new StringBuilder("某县统计局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n");
        for (var i = 0; i < Rows2021.Length; i++)
        {
            var cells = printed.TryGetValue(i, out var p) ? p : rows.TryGetValue(i, out var r) ? r : "0 | 0 | 0 | 0 | 0 | 0 | 0";
            sb.Append("| ").Append(Rows2021[i]).Append(" | ").Append(cells).Append(" |\n");
        }

        return sb.ToString();
    }

    // new_received 3 1 … 4, granted 2 1 … 3, partially_granted 1 0 … 1, total_processed 3 1 … 4.
    private static readonly Dictionary<int, string> Consistent = new()
    {
        [0] = "3 | 1 | 0 | 0 | 0 | 0 | 4",
        [2] = "2 | 1 | 0 | 0 | 0 | 0 | 3",
        [3] = "1 | 0 | 0 | 0 | 0 | 0 | 1",
        [23] = "3 | 1 | 0 | 0 | 0 | 0 | 4",
    };

    private static ReportResult Process(string text) => new DocumentProcessor().Process(Encoding.UTF8.GetBytes(text), "test.txt");

    private static CellValue Cell(ReportResult r, string key) => r.Cells.Single(c => c.Key.ToString() == key);

    [Test]
    public void A_row_with_dropped_blanks_is_placed_where_the_column_identities_pin_its_numbers()
    {
        var r = Process(Table3(Consistent, new() { [2] = "2 | 1 | 3" }));
        Assert.Multiple(() =>
        {
            Assert.That(Cell(r, "applications.granted.natural_person").Number, Is.EqualTo(2));
            Assert.That(Cell(r, "applications.granted.business").Number, Is.EqualTo(1));
            Assert.That(Cell(r, "applications.granted.research").Kind, Is.EqualTo(ValueKind.Empty), "the missing ones are blank, as printed");
            Assert.That(Cell(r, "applications.granted.research").Location.Describe(), Does.EndWith(RecoveredLocation.Marker));
            Assert.That(Cell(r, "applications.granted.total").Number, Is.EqualTo(3));
            Assert.That(Cell(r, "applications.granted.total").Raw, Is.EqualTo(" 3 "), "a number not split keeps its raw text");
        });
    }

    [Test]
    public void Rows_with_dropped_blanks_that_the_identities_do_not_pin_stay_out_with_the_number_of_readings()
    {
        // Business and research hold the same figures in every row: which of the two a dropped blank was cannot be told.
        var symmetric = new Dictionary<int, string>
        {
            [0] = "0 | 1 | 1 | 0 | 0 | 0 | 2",
            [2] = "0 | 1 | 1 | 0 | 0 | 0 | 2",
            [23] = "0 | 1 | 1 | 0 | 0 | 0 | 2",
        };
        var r = Process(Table3(symmetric, new() { [0] = "1 | 1 | 2", [2] = "1 | 1 | 2", [23] = "1 | 1 | 2" }));
        Assert.Multiple(() =>
        {
            Assert.That(r.Cells.Where(c => c.Key.Row is "new_received" or "granted" or "total_processed"), Is.Empty);
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Incomplete));
            Assert.That(r.Error, Does.Contain("applications.granted: 3 cells for 7 columns").And.Contain("readings the identities allow, none placed"));
        });
    }

    [Test]
    public void The_fixture_with_dropped_blanks_says_how_many_readings_each_row_admits()
    {
        var path = RepoPaths.Fixture("text", "2021_one_cell_per_line_blanks_dropped.txt");
        var r = new DocumentProcessor().Process(File.ReadAllBytes(path), path);
        Assert.That(r.Error, Does.Contain("applications.new_received: 3 cells for 7 columns at line 53; the printed '1 1 2' admits 15 readings the identities allow, none placed"));
    }

    [Test]
    public void A_glued_run_with_the_next_enumerator_is_split_by_the_row_total()
    {
        // The issue's own example: 31 0 0 0 0 0 31, then 2. of the next row, all on one line.
        var text = Table3(Consistent, []).Replace(" | ", " ", StringComparison.Ordinal).Replace(" |\n", " ", StringComparison.Ordinal)
            .Replace("| ", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("1.本机关不掌握相关政府信息 0 0 0 0 0 0 0 2.没有现成信息", "1.本机关不掌握相关政府信息3100000312.没有现成信息", StringComparison.Ordinal)
            .Replace("（七）总计 3 1 0 0 0 0 4", "（七）总计 34 1 0 0 0 0 35", StringComparison.Ordinal)
            .Replace("一、本年新收政府信息公开申请数量 3 1 0 0 0 0 4", "一、本年新收政府信息公开申请数量 34 1 0 0 0 0 35", StringComparison.Ordinal);
        Assert.That(text, Does.Contain("3100000312.没有"));
        var r = Process(text);
        var cell = Cell(r, "applications.unable_not_held.natural_person");
        Assert.Multiple(() =>
        {
            Assert.That(cell.Number, Is.EqualTo(31));
            Assert.That(cell.Raw, Is.EqualTo("310000031"), "raw is the whole printed run");
            Assert.That(cell.Location.Describe(), Does.Contain("characters 1-2 of the run '310000031'"));
            Assert.That(Cell(r, "applications.unable_not_held.total").Number, Is.EqualTo(31));
            Assert.That(Cell(r, "applications.unable_needs_creation.total").Number, Is.EqualTo(0), "2. was the next row's enumerator");
            Assert.That(r.Checks.Where(c => c.Check == "results_sum"), Has.All.Matches<Core.Checks.CheckResult>(c => c.Outcome == Core.Checks.CheckOutcome.Pass));
        });
    }

    [Test]
    public void The_narrative_pins_a_row_no_identity_covers()
    {
        var text = "某县统计局2023年政府信息公开工作年度报告一、总体情况本年制发行政规范性文件77件，现行有效规范性文件470件。"
            + "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件77132470"
            + "第二十条第（五）项信息内容本年处理决定数量行政许可5";
        var r = Recogniser.Recognise(DocumentContent.Of("txt", [new Block(text, new TextLineLocation(1), 1)]));
        Assert.Multiple(() =>
        {
            Assert.That(r.Kind, Is.EqualTo(DocumentKind.TemplateReport));
            Assert.That(r.Cells[new CellKey("active", "normative_documents", "issued")].Number, Is.EqualTo(77));
            Assert.That(r.Cells[new CellKey("active", "normative_documents", "repealed")].Number, Is.EqualTo(132));
            Assert.That(r.Cells[new CellKey("active", "normative_documents", "in_force")].Number, Is.EqualTo(470));
            Assert.That(r.Cells[new CellKey("active", "rules", "issued")].Number, Is.EqualTo(0));
            Assert.That(r.Cells[new CellKey("active", "licensing", "decisions")].Number, Is.EqualTo(5));
        });
    }

    [Test]
    public void Without_the_narrative_a_glued_row_of_table_2_is_left_out()
    {
        var text = "某县统计局2023年政府信息公开工作年度报告二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件77132470"
            + "第二十条第（五）项信息内容本年处理决定数量行政许可5";
        var r = Recogniser.Recognise(DocumentContent.Of("txt", [new Block(text, new TextLineLocation(1), 1)]));
        Assert.Multiple(() =>
        {
            Assert.That(r.Cells.Keys.Where(k => k.Row == "normative_documents"), Is.Empty);
            Assert.That(r.Problems.Select(p => p.Message), Has.Some.Contains("the printed '77132470' admits"));
        });
    }

    [Test]
    public void A_run_with_too_many_readings_is_not_searched()
    {
        var token = Token.Of(0, new Block("123456789123456789123456789", new TextLineLocation(1), 1));
        var (readings, count) = RowReadings.Read([PrintedPiece.Of(token)], [.. Enumerable.Repeat(CellType.Count, 15)], []);
        Assert.Multiple(() =>
        {
            Assert.That(readings, Is.Null);
            Assert.That(count, Is.GreaterThan(RowReadings.MaxReadings));
        });
    }

    [Test]
    public void Readings_have_no_leading_zeros_and_decimals_only_where_the_column_takes_them()
    {
        var run = PrintedPiece.Of(Token.Of(0, new Block("1005", new TextLineLocation(1), 1)));
        var (counts, _) = RowReadings.Read([run], [CellType.Count, CellType.Count], []);
        var (amounts, _) = RowReadings.Read([PrintedPiece.Of(Token.Of(0, new Block("31.5", new TextLineLocation(1), 1)))], [CellType.Count, CellType.Amount10kYuan], []);
        Assert.Multiple(() =>
        {
            // 100|5 and the whole run in either column (the other a dropped blank); never 1|005 or 10|05.
            Assert.That(counts!.Select(r => string.Join(",", r.Values)), Is.EquivalentTo(new[] { "100,5", "1005,", ",1005" }));
            Assert.That(amounts!.Select(r => string.Join(",", r.Values)), Is.EquivalentTo(new[] { "3,1.5", ",31.5" }));
        });
    }

    [TestCase("复议后起诉 1 0 0 0 1 行政复议 2 0 0 0 2 未经复议直接起诉 0 3 0 0 3 ")]
    [TestCase("复议后起诉10001行政复议20002未经复议直接起诉03003")]
    public void Table_4_lines_inside_running_text_are_placed_by_their_labels_in_any_order(string lines)
    {
        var text = "某县统计局2023年政府信息公开工作年度报告四、政府信息公开行政复议、行政诉讼情况行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 "
            + lines + "五、存在的主要问题及改进情况无。";
        var r = Recogniser.Recognise(DocumentContent.Of("txt", [new Block(text, new TextLineLocation(1), 1)]));
        Assert.Multiple(() =>
        {
            Assert.That(r.Cells[new CellKey("review_litigation", "review", "upheld")].Number, Is.EqualTo(2));
            Assert.That(r.Cells[new CellKey("review_litigation", "litigation_direct", "corrected")].Number, Is.EqualTo(3));
            Assert.That(r.Cells[new CellKey("review_litigation", "litigation_after_review", "total")].Number, Is.EqualTo(1));
            Assert.That(r.Cells.Keys.Count(k => k.Table == "review_litigation"), Is.EqualTo(15));
        });
    }

    [Test]
    public void A_one_line_report_whose_cells_cannot_be_read_is_incomplete_not_a_notice()
    {
        var text = "某县统计局2023年政府信息公开工作年度报告 三、收到和处理政府信息公开申请情况 申请人情况 "
            + string.Concat(Enumerable.Repeat("一、本年新收政府信息公开申请数量 123456789123456789123456789 ", 40));
        var r = Process(text);
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Incomplete));
            Assert.That(r.Error, Does.Contain("none of its table cells could be read").And.Not.Contain("news item"));
        });
    }
}
