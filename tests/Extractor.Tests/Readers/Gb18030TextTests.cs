using System.Text;
using Extractor.Readers.Text;
using FsCheck.Fluent;
using FsProperty = FsCheck.NUnit.PropertyAttribute;

namespace Extractor.Tests.Readers;

public class Gb18030TextTests
{
    private static readonly Encoding Reference = TextDecoder.Gb18030;

    [FsProperty]
    public bool Any_bytes_decode_exactly_as_the_code_page_decoder_does(byte[] bytes) =>
        Gb18030Text.GetString(bytes) == Reference.GetString(bytes);

    [FsProperty]
    public FsCheck.Property Gbk_text_decodes_exactly_and_round_trips()
    {
        // Common ideographs, full-width punctuation and ASCII: what a GBK portal page is made of.
        var chars = Gen.OneOf(
            Gen.Choose(0x4E00, 0x9FA5).Select(c => (char)c),
            Gen.Elements('，', '。', '、', '（', '）', '：', '　', '０', '９'),
            Gen.Choose(0x20, 0x7E).Select(c => (char)c));
        return Prop.ForAll(
            chars.ArrayOf().Select(a => new string(a)).ToArbitrary(),
            text =>
            {
                var bytes = Reference.GetBytes(text);
                var decoded = Gb18030Text.GetString(bytes);
                return decoded == Reference.GetString(bytes) && decoded == text;
            });
    }

    [TestCase("政府信息公开工作年度报告")]
    [TestCase("<p>本年新收政府信息公开申请数量 12</p>")]
    [TestCase("")]
    public void Gbk_pages_decode_to_their_text(string text)
    {
        Assert.That(Gb18030Text.GetString(Reference.GetBytes(text)), Is.EqualTo(text));
    }

    [TestCase("表😀格", TestName = "Four-byte sequences (outside GBK) go to the full decoder")]
    [TestCase("ḿ", TestName = "A four-byte code in the BMP goes to the full decoder")]
    public void Sequences_outside_the_pair_table_still_decode(string text)
    {
        Assert.That(Gb18030Text.GetString(Reference.GetBytes(text)), Is.EqualTo(text));
    }

    [Test]
    public void Invalid_and_truncated_bytes_come_out_as_the_full_decoder_gives_them()
    {
        byte[][] inputs =
        [
            [0x80],
            [0xFF, 0x41],
            [0xD5, 0xFE, 0xB8],
            [0xB1, 0x7F],
            [0x81, 0x30],
        ];
        foreach (var bytes in inputs)
        {
            Assert.That(Gb18030Text.GetString(bytes), Is.EqualTo(Reference.GetString(bytes)), Convert.ToHexString(bytes));
        }
    }
}
