using Extractor.Core.Text;
using FsProperty = FsCheck.NUnit.PropertyAttribute;

namespace Extractor.Tests.Text;

public class LabelFoldTests
{
    [TestCase("本年 新收\u3000申请\t数量\u00a0", "本年新收申请数量", TestName = "White space of every kind, full-width and non-breaking included, is dropped")]
    [TestCase("（一）行政许可", "(一)行政许可", TestName = "Full-width brackets fold to ASCII")]
    [TestCase("【总计】〔其他〕", "(总计)(其他)", TestName = "Square and tortoise-shell brackets fold to round ones")]
    [TestCase("ＡＢＣ１２３", "ABC123", TestName = "Full-width letters and digits fold to half-width")]
    [TestCase("行政複議結果", "行政复议结果", TestName = "Traditional characters of the template fold to simplified")]
    [TestCase("⾏政\u2f3e⺠", "行政户民", TestName = "Kangxi radicals and supplement look-alikes fold to ideographs")]
    [TestCase("行政许可(xíng zhèng xǔ kě)", "行政许可", TestName = "Pinyin glosses are dropped")]
    [TestCase("行政许可(xíng(zhèng))", "行政许可", TestName = "Nested glosses are dropped whole, so folding is idempotent")]
    [TestCase("a\u200bb\ufeffc", "abc", TestName = "Zero-width spaces and stray BOMs are dropped")]
    [TestCase("a\0b", "a\0b", TestName = "NUL is kept, not taken for white space")]
    public void Folds(string text, string folded)
    {
        Assert.That(LabelFold.Fold(text), Is.EqualTo(folded));
    }

    [TestCase("12")]
    [TestCase("本年新收政府信息公开申请数量")]
    public void Text_already_folded_is_returned_without_a_copy(string text)
    {
        Assert.That(LabelFold.Fold(text), Is.SameAs(text));
    }

    [FsProperty]
    public bool Folding_is_idempotent_and_leaves_no_white_space(string? text)
    {
        var once = LabelFold.Fold(text ?? string.Empty);
        return LabelFold.Fold(once) == once && !once.Any(char.IsWhiteSpace);
    }
}
