using Extractor.Core.Documents;
using Extractor.Core.Recognition.Inline;

namespace Extractor.Tests.Recognition.Recovery;

public class InlineReportSplitterTests
{
    private static List<string> Pieces(string text) =>
        [.. InlineReportSplitter.Segment(text)!.Select(p => text.Substring(p.Start, p.Length))];

    [Test]
    public void Headings_inside_running_text_are_cut_out_whole()
    {
        var pieces = Pieces("某局2023年政府信息公开工作年度报告本报告依据条例编制。一、总体情况本机关全年收到申请22件。三、收到和处理政府信息公开申请情况无。五、存在的主要问题及改进情况无。");
        Assert.That(pieces, Is.EqualTo(new[]
        {
            "某局2023年政府信息公开工作年度报告", "本报告依据条例编制。", "一、总体情况", "本机关全年收到申请22件。",
            "三、收到和处理政府信息公开申请情况", "无。", "五、存在的主要问题及改进情况", "无。",
        }));
    }

    [Test]
    public void A_table_row_glued_to_the_next_enumerator_gives_the_enumerator_to_the_label()
    {
        var pieces = Pieces("三、收到和处理政府信息公开申请情况申请人情况自然人（四）无法提供1.本机关不掌握相关政府信息3100000312.没有现成信息需要另行制作0000000");
        Assert.That(pieces, Does.Contain("310000031").And.Contain("2.没有现成信息需要另行制作").And.Contain("0000000"));
        Assert.That(pieces, Does.Contain("1.本机关不掌握相关政府信息"));
    }

    [Test]
    public void Separators_units_and_counts_in_sentences_stay_with_their_number()
    {
        var pieces = Pieces("二、主动公开政府信息情况第二十条第（1）项信息内容本年处理决定数量行政许可12,634行政事业性收费79.61万元 另：全年受理咨询35次");
        Assert.That(pieces, Does.Contain("12,634").And.Contain("79.61万元"));
        Assert.That(pieces, Has.None.EqualTo("1").And.None.EqualTo("35"));
    }

    [Test]
    public void A_paragraph_without_headings_or_tables_is_left_as_it_is()
    {
        Assert.That(InlineReportSplitter.Segment("本机关认真贯彻落实《条例》，全年收到政府信息公开申请22件，均在法定期限内答复，法人或其他组织申请2件。"), Is.Null);
        var blocks = new[] { new Block("一、总体情况", new TextLineLocation(1), 1), new Block("短的一行", new TextLineLocation(2), 2) };
        Assert.That(InlineReportSplitter.Split(blocks), Is.Null);
    }

    [Test]
    public void Cut_pieces_say_where_they_stand_in_the_line()
    {
        var text = "某局2023年政府信息公开工作年度报告一、总体情况本机关认真落实。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数规章000";
        var blocks = InlineReportSplitter.Split([new Block(text, new TextLineLocation(7), 7)])!;
        var run = blocks.Single(b => b.Text == "000");
        Assert.Multiple(() =>
        {
            Assert.That(run.Location.Describe(), Is.EqualTo($"line 7 chars {text.Length - 2}-{text.Length}"));
            Assert.That(blocks.Select(b => b.Line), Is.Ordered.And.Unique);
        });
    }
}
