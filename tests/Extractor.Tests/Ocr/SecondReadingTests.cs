using Extractor.Readers.Ocr;

namespace Extractor.Tests.Ocr;

public class SecondReadingTests
{
    [Test]
    public void Only_a_line_with_an_unsure_character_is_read_again()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SecondReading.Wanted(Line(("1", 0.99), ("2", 0.96))), Is.False);
            Assert.That(SecondReading.Wanted(Line(("1", 0.99), (" ", 0.40), ("2", 0.96))), Is.False, "spaces are not printed");
            Assert.That(SecondReading.Wanted(Line(("1", 0.99), ("2", 0.93))), Is.True);
        });
    }

    [Test]
    public void Readings_that_agree_are_as_sure_as_the_surer()
    {
        var weighed = SecondReading.Weigh(Line(("+", 0.92), ("3", 0.99)), Line(("+", 0.97), ("3", 0.98)));
        Assert.That(weighed.Characters.Select(c => (c.Text, c.Confidence)), Is.EqualTo(new[] { ("+", 0.97), ("3", 0.99) }));
    }

    [Test]
    public void A_character_read_differently_is_no_surer_than_the_less_sure_reading()
    {
        // The first reading's text is kept; the 1 that the second reading saw as 0 takes the second's doubt.
        var weighed = SecondReading.Weigh(Line(("1", 0.94), ("2", 0.99)), Line(("0", 0.90), ("2", 0.99)));
        Assert.Multiple(() =>
        {
            Assert.That(weighed.Text, Is.EqualTo("12"));
            Assert.That(weighed.Characters.Select(c => c.Confidence), Is.EqualTo(new[] { 0.90, 0.99 }));
        });
    }

    [Test]
    public void A_character_only_one_reading_saw_is_in_doubt()
    {
        var weighed = SecondReading.Weigh(Line(("1", 0.99), ("0", 0.93)), Line(("1", 0.98)));
        Assert.That(weighed.Characters.Select(c => c.Confidence), Is.EqualTo(new[] { 0.99, 0.93 }));
        var nothing = SecondReading.Weigh(Line(("7", 0.93)), Line());
        Assert.That(nothing.Characters.Single().Confidence, Is.Zero, "a second reading that saw nothing confirms nothing");
    }

    [Test]
    public void Extra_characters_in_the_second_reading_do_not_touch_what_both_read()
    {
        var weighed = SecondReading.Weigh(Line(("0", 0.91)), Line(("|", 0.30), ("0", 0.97)));
        Assert.That(weighed.Characters.Select(c => (c.Text, c.Confidence)), Is.EqualTo(new[] { ("0", 0.97) }));
    }

    private static OcrLine Line(params (string Text, double Confidence)[] characters) =>
        new(0, 0, 100, 20, [.. characters.Select((c, i) => new OcrCharacter(c.Text, i * 10, (i * 10) + 10, c.Confidence))]);
}
