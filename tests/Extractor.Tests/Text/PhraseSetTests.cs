using Extractor.Core.Text;

namespace Extractor.Tests.Text;

public class PhraseSetTests
{
    private static readonly PhraseSet Markers = new(["本年制发件数", "现行有效件数"]);

    [TestCase("本年制发件数", true, TestName = "A phrase itself is found")]
    [TestCase("(一)现行有效件数合计", true, TestName = "A phrase inside a longer label is found")]
    [TestCase("本年新制作数量", false, TestName = "A shared first character alone is not enough")]
    [TestCase("12", false, TestName = "Text without any first character is ruled out")]
    [TestCase("", false, TestName = "Empty text holds nothing")]
    public void Finds(string text, bool found)
    {
        Assert.That(Markers.IsFoundIn(text), Is.EqualTo(found));
    }

    [Test]
    public void An_empty_set_finds_nothing_and_an_empty_phrase_is_refused()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new PhraseSet([]).IsFoundIn("本年制发件数"), Is.False);
            Assert.That(() => new PhraseSet(["本年", ""]), Throws.ArgumentException);
        }
    }
}
