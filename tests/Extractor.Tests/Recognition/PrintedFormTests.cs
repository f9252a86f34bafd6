using System.Text.RegularExpressions;
using Extractor.Core.Documents;
using Extractor.Core.Recognition;
using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.Readers.Text;

namespace Extractor.Tests.Recognition;

/// <summary>
/// Forms as agencies print them, off the template: a typo in a row label, a blank template, amounts with their unit.
/// Each starts from a whole 2021 report (the text fixture) with one thing changed.
/// </summary>
public partial class PrintedFormTests
{
    private static readonly string Report2021 = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "text", "2021_row_per_line.txt"));

    private static RecognisedReport Recognise(string text) =>
        Recogniser.Recognise(DocumentContent.Of("txt", PlainTextReader.ReadText(text)));

    private static string Replace(string text, string from, string to)
    {
        Assert.That(text, Does.Contain(from), "the fixture changed");
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Test]
    public void A_label_with_a_typo_is_placed_by_its_enumerator_and_position_with_a_note_quoting_it()
    {
        var text = Replace(Report2021, "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "2.其他法律行政止公开 | 1 | 2 | 3 | 4 | 5 | 6 | 21");
        var r = Recognise(text);
        Assert.Multiple(() =>
        {
            Assert.That(r.Cells[CellKey.Parse("applications.denied_prohibited_by_law.business")].Number, Is.EqualTo(2));
            Assert.That(r.Cells[CellKey.Parse("applications.denied_prohibited_by_law.total")].Number, Is.EqualTo(21));
            Assert.That(r.Notes, Has.Some.Contain("placed by its position").And.Some.Contain("2.其他法律行政止公开"));
            Assert.That(r.Notes, Has.None.Contain("belonged to no template row"));
        });
    }

    [Test]
    public void Where_two_template_rows_could_fit_nothing_is_placed()
    {
        // Four labels of （四） and （五） mangled: 3. and 1. each fit one missing row, the two 2. rows could be either.
        var text = Report2021;
        text = Replace(text, "2.没有现成信息需要另行制作 | 0", "2.没有现存信息需另制作 | 9");
        text = Replace(text, "3.补正后申请内容仍不明确 | 0", "3.补证后申请内容仍不名确 | 8");
        text = Replace(text, "1.信访举报投诉类申请 | 0", "1.信仿举报投述类申请 | 7");
        text = Replace(text, "2.重复申请 | 0", "2.重复申清 | 6");
        var r = Recognise(text);
        Assert.Multiple(() =>
        {
            Assert.That(r.Cells[CellKey.Parse("applications.unable_unclear.natural_person")].Number, Is.EqualTo(8));
            Assert.That(r.Cells[CellKey.Parse("applications.rejected_petition.natural_person")].Number, Is.EqualTo(7));
            Assert.That(r.Cells.Keys.Where(k => k.Row is "unable_needs_creation" or "rejected_duplicate"), Is.Empty);
            Assert.That(r.Notes, Has.Some.Contain("could be any of applications.unable_needs_creation, applications.rejected_duplicate"));
        });
    }

    [Test]
    public void A_label_without_an_enumerator_is_not_placed_by_position()
    {
        var text = Replace(Report2021, "2.其他法律行政法规禁止公开 | 0", "其他法律行政止公开 | 5");
        var r = Recognise(text);
        Assert.That(r.Cells.Keys.Where(k => k.Row == "denied_prohibited_by_law"), Is.Empty);
    }

    [Test]
    public void A_blank_template_fails_as_a_blank_template()
    {
        var body = Report2021[Report2021.IndexOf("本报告依据", StringComparison.Ordinal)..];
        body = body.Replace("宝溪县公安局", "本机关", StringComparison.Ordinal);
        body = Digits().Replace(body, m => m.Value.Length > 0 ? "| " : m.Value);
        body = Period().Replace(body, "统计期限自    年1月1日至12月31日");
        var result = ReportAssembly.Assemble("r", "blank.txt", "txt", Recognise("政府信息公开工作年度报告\n" + body));
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(result.Error, Does.StartWith("a blank template"));
        });
    }

    [Test]
    public void A_year_left_empty_for_disagreeing_candidates_makes_the_report_incomplete_and_says_why()
    {
        var body = Report2021[Report2021.IndexOf("本报告依据", StringComparison.Ordinal)..];
        var text = "历年年报\n宝溪县公安…2019年政府信息公开工作年度报告\n发布时间：2020-02-01\n" + body;
        var result = ReportAssembly.Assemble("r", "x.txt", "txt", Recognise(text));
        Assert.Multiple(() =>
        {
            Assert.That(result.Year, Is.Null);
            Assert.That(result.Status, Is.EqualTo(ReportStatus.Incomplete));
            Assert.That(result.Error, Does.Contain("statistics period 2022").And.Contain("published 2020"));
        });
    }

    [Test]
    public void A_filled_report_is_not_a_blank_template()
    {
        var result = ReportAssembly.Assemble("r", "x.txt", "txt", Recognise(Report2021));
        Assert.That(result.Status, Is.Not.EqualTo(ReportStatus.Failed));
    }

    [Test]
    public void A_2021_form_printing_other_processing_as_one_row_keeps_it_as_the_group_total()
    {
        var start = Report2021.IndexOf("（六）其他处理", StringComparison.Ordinal);
        var end = Report2021.IndexOf("（七）总计", StringComparison.Ordinal);
        var text = string.Concat(Report2021.AsSpan(0, start), "（六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n", Report2021.AsSpan(end));
        var recognised = Recognise(text);
        var result = ReportAssembly.Assemble("r", "hybrid.txt", "txt", recognised);
        var results = result.Checks.Where(c => c.Check == "results_sum").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(recognised.Era, Is.EqualTo(Era.Template2021));
            Assert.That(result.Cells.Where(c => c.Key.Row == "other").Select(c => c.Key.Column).ToList(), Has.Count.EqualTo(7));
            Assert.That(result.Cells.Where(c => c.Key.Row.StartsWith("other_", StringComparison.Ordinal)), Is.Empty);
            Assert.That(result.Status, Is.EqualTo(ReportStatus.Incomplete));
            Assert.That(result.Error, Does.Contain("prints '（六）其他处理' as one row").And.Contain("applications.other"));
            Assert.That(results, Has.Count.EqualTo(7));
            Assert.That(results.Select(c => c.Outcome.ToString()), Is.All.EqualTo("Pass"));
            Assert.That(results[0].Cells, Has.Some.Matches<CellKey>(k => k.Row == "other"));
        });
    }

    [GeneratedRegex(@"\|\s*[0-9/]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"统计期限自\d{4}年1月1日至12月31日")]
    private static partial Regex Period();
}
