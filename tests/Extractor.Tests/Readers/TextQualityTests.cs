using Extractor.Readers.Text;
using FsCheck.Fluent;
using FsProperty = FsCheck.NUnit.PropertyAttribute;

namespace Extractor.Tests.Readers;

public class TextQualityTests
{
    [TestCase("本年新收申请\r\n12\t0\f", 0, 0, TestName = "Layout characters are neither control nor garbage")]
    [TestCase("ab\u000bc\u0001", 2, 0, TestName = "Vertical tab and other C0 controls count as control")]
    [TestCase("a\u007f\u0085\u009fb", 3, 0, TestName = "DEL and the C1 controls count as control")]
    [TestCase("a\ufffd\ue000\uf8ffb", 0, 3, TestName = "Replacement and private-use characters count as garbage")]
    public void Counts(string text, int controls, int garbage)
    {
        var q = TextQuality.Measure(text);
        Assert.That((q.ControlRatio, q.GarbageRatio), Is.EqualTo(((double)controls / text.Length, (double)garbage / text.Length)));
    }

    [FsProperty]
    public FsCheck.Property Ratios_are_the_share_of_each_kind_of_character()
    {
        // Mostly ordinary text with now and then a suspect character, so both the quick path and the count run.
        var chars = Gen.Frequency(
            (20, Gen.Choose(0x4E00, 0x4E80).Select(c => (char)c)),
            (20, Gen.Choose(0x20, 0x7E).Select(c => (char)c)),
            (1, Gen.Choose(0x00, 0x9F).Select(c => (char)c)),
            (1, Gen.Elements('\ufffd', '\ue000', '\uf8ff', '\uf900', '\udfff')));
        return Prop.ForAll(
            chars.ArrayOf().Select(a => new string(a)).ToArbitrary(),
            text =>
            {
                var q = TextQuality.Measure(text);
                if (text.Length == 0)
                {
                    return q == new TextQuality(0, 0);
                }

                var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
                var garbage = text.Count(c => c == '\ufffd' || c is >= '\ue000' and <= '\uf8ff');
                return q == new TextQuality((double)control / text.Length, (double)garbage / text.Length);
            });
    }
}
