using System.Text;
using Extractor.Core.Documents;
using Extractor.Readers.Text;

namespace Extractor.Tests.Readers;

public class PlainTextReaderTests
{
    private static List<Block> Read(string text) => PlainTextReader.ReadText(text);

    [Test]
    public void One_cell_per_line_gives_one_block_per_line_and_skips_blank_lines()
    {
        var blocks = Read("规章\n\n0\n\u00a0\n1\n");
        Assert.Multiple(() =>
        {
            Assert.That(blocks.Select(b => b.Text), Is.EqualTo(new[] { "规章", "0", "1" }));
            Assert.That(blocks.Select(b => b.Line), Is.EqualTo(new[] { 1, 3, 5 }));
            Assert.That(blocks[2].Location.Describe(), Is.EqualTo("line 5"));
        });
    }

    [TestCase("| 规章 | 0 | 1 | 2 |")]
    [TestCase("规章 | 0 | 1 | 2 |")]
    [TestCase("规章 | 0 | 1 | 2")]
    [TestCase("规章  | 0  | 1 | 2")]
    [TestCase("规章\t0\t1\t2")]
    public void Delimited_rows_share_a_line_number(string line)
    {
        var blocks = Read(line);
        Assert.Multiple(() =>
        {
            Assert.That(blocks.Select(b => b.Text.Trim()), Is.EqualTo(new[] { "规章", "0", "1", "2" }));
            Assert.That(blocks.Select(b => b.Line).Distinct(), Is.EqualTo(new[] { 1 }));
        });
    }

    [Test]
    public void Blank_cells_between_pipes_are_kept_as_empty_blocks()
    {
        var blocks = Read("| 1.属于国家秘密 | 0 | | | | | | 0 |");
        Assert.That(blocks.Select(b => b.Text.Trim()), Is.EqualTo(new[] { "1.属于国家秘密", "0", "", "", "", "", "", "0" }));
    }

    [TestCase("|")]
    [TestCase("||")]
    [TestCase("||||")]
    [TestCase(" | | ")]
    public void Lines_of_nothing_but_separators_yield_nothing(string line) =>
        Assert.That(Read(line), Is.Empty);

    [Test]
    public void Cells_keep_their_raw_text_and_cell_index()
    {
        var blocks = Read("a\n| 规章 |  0 |");
        Assert.Multiple(() =>
        {
            Assert.That(blocks[2].Text, Is.EqualTo("  0 "));
            Assert.That(blocks[2].Location.Describe(), Is.EqualTo("line 2 cell 2"));
        });
    }

    [Test]
    public void Gbk_bytes_decode_as_gb18030()
    {
        var gbk = TextDecoder.Gb18030.GetBytes("二、主动公开政府信息情况\n规章\n0\n");
        var outcome = PlainTextReader.Read(gbk);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Content!.Blocks[0].Text, Is.EqualTo("二、主动公开政府信息情况"));
            Assert.That(outcome.Content.Notes, Has.Some.Contains("GB18030"));
        });
    }

    [Test]
    public void Utf16_with_bom_decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("规章\n0")).ToArray();
        Assert.That(PlainTextReader.Read(bytes).Content!.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "规章", "0" }));
    }

    [Test]
    public void Binary_junk_is_refused_with_a_reason()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[100] = 0;
        var outcome = PlainTextReader.Read(junk);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Content, Is.Null);
            Assert.That(outcome.Failure, Does.StartWith("binary data"));
        });
    }
}
