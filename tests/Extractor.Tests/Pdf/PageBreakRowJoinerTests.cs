using Extractor.Core.Documents;
using Extractor.Readers.Pdf;

namespace Extractor.Tests.Pdf;

/// <summary>The last row of a table's piece on one page and the first row of its piece on the next, as printers split them.</summary>
public class PageBreakRowJoinerTests
{
    private static readonly PageLocation Foot = new(3, 0, 40, 10, 60);
    private static readonly PageLocation Head = new(4, 0, 780, 10, 800);

    /// <summary>The previous row, written: label in column 0, values in columns 1-3.</summary>
    private static List<Block> Written(params string[] texts) =>
        [.. texts.Select((t, i) => new Block(t, Foot, 41, new GridPosition(2, 8, i)))];

    private static List<PageBreakRowJoiner.RowCell> Next(params string[] texts) =>
        [.. texts.Select((t, i) => new PageBreakRowJoiner.RowCell(new GridPosition(2, 9, i), t, Head))];

    [Test]
    public void A_label_continued_over_an_empty_band_is_one_row()
    {
        var blocks = Written("2.其他法律行政法规禁", "0", "0", "0");
        var joined = PageBreakRowJoiner.TryJoin(blocks, 0..4, Next("止公开", "", "", ""));
        Assert.Multiple(() =>
        {
            Assert.That(joined, Is.True);
            Assert.That(blocks.Select(b => b.Text), Is.EqualTo(new[] { "2.其他法律行政法规禁 止公开", "0", "0", "0" }));
        });
    }

    [Test]
    public void Numbers_on_the_next_page_join_the_label_left_on_the_page_before_and_keep_their_own_place()
    {
        var blocks = Written("5.要求行政机关确认或重新出具已获取信息", "", "", "");
        var joined = PageBreakRowJoiner.TryJoin(blocks, 0..4, Next("", "3", "0", "3"));
        Assert.Multiple(() =>
        {
            Assert.That(joined, Is.True);
            Assert.That(blocks.Select(b => b.Text), Is.EqualTo(new[] { "5.要求行政机关确认或重新出具已获取信息", "3", "0", "3" }));
            Assert.That(((PageLocation)blocks[1].Location).Page, Is.EqualTo(4));
        });
    }

    [TestCase("3.其他")]
    [TestCase("（七）总计")]
    [TestCase("四、结转下年度继续办理")]
    public void A_row_of_its_own_with_blank_cells_is_not_joined(string label)
    {
        var blocks = Written("2.重复申请", "0", "0", "0");
        Assert.Multiple(() =>
        {
            Assert.That(PageBreakRowJoiner.TryJoin(blocks, 0..4, Next(label, "", "", "")), Is.False);
            Assert.That(blocks[0].Text, Is.EqualTo("2.重复申请"));
        });
    }

    [Test]
    public void Two_rows_that_both_hold_numbers_are_two_rows()
    {
        var blocks = Written("2.重复申请", "0", "0", "0");
        Assert.That(PageBreakRowJoiner.TryJoin(blocks, 0..4, Next("3.要求提供公开出版物", "1", "0", "1")), Is.False);
    }

    [Test]
    public void Numbers_never_overwrite_numbers()
    {
        var blocks = Written("5.要求行政机关确认或重新出具已获取信息", "2", "", "");
        Assert.Multiple(() =>
        {
            Assert.That(PageBreakRowJoiner.TryJoin(blocks, 0..4, Next("", "3", "0", "3")), Is.False);
            Assert.That(blocks[1].Text, Is.EqualTo("2"));
        });
    }
}
