using Extractor.Readers.Ocr;

namespace Extractor.Tests.Ocr;

public class NoiseSpecksTests
{
    [Test]
    public void A_small_unreadable_box_off_every_text_row_is_dropped()
    {
        // A cell's 0 and, just below it, a speck the model read as 一 at 0.11 (the 200 dpi fixture).
        var zero = Line(1530, 1767, 1550, 1799, ("0", 0.99));
        var speck = Line(1538, 1802, 1547, 1807, ("一", 0.11));
        var lines = Page(zero, speck);
        Assert.That(NoiseSpecks.Remove(lines), Does.Not.Contain(speck).And.Contain(zero));
    }

    [Test]
    public void A_small_unreadable_box_just_after_a_number_is_dropped()
    {
        // The strips fixture: a speck read as 拉 at 0.05 right after a cell's 0 made the cell "0拉".
        var zero = Line(1530, 1767, 1550, 1799, ("0", 0.99));
        var speck = Line(1556, 1780, 1563, 1787, ("拉", 0.05));
        Assert.That(NoiseSpecks.Remove(Page(zero, speck)), Does.Not.Contain(speck).And.Contain(zero));
    }

    [Test]
    public void A_small_unreadable_box_before_a_number_is_kept()
    {
        // It may be the number's minus sign: dropping it would change the value.
        var digits = Line(1530, 1767, 1560, 1799, ("3", 0.99));
        var sign = Line(1512, 1780, 1524, 1785, ("一", 0.30));
        Assert.That(NoiseSpecks.Remove(Page(digits, sign)), Does.Contain(sign));
    }

    [Test]
    public void A_small_box_read_surely_is_kept()
    {
        var dash = Line(1538, 1900, 1560, 1905, ("一", 0.97));
        Assert.That(NoiseSpecks.Remove(Page(dash)), Does.Contain(dash));
    }

    [Test]
    public void A_full_height_unsure_box_is_kept()
    {
        var unsure = Line(1538, 1900, 1560, 1932, ("福", 0.05));
        Assert.That(NoiseSpecks.Remove(Page(unsure)), Does.Contain(unsure));
    }

    /// <summary>The lines with a few ordinary text lines 32 pixels high elsewhere on the page.</summary>
    private static List<OcrLine> Page(params OcrLine[] lines) =>
        [.. lines, .. Enumerable.Range(0, 5).Select(i => Line(100, 100 + (i * 60), 900, 132 + (i * 60), ("字", 0.99)))];

    private static OcrLine Line(double left, double top, double right, double bottom, params (string Text, double Confidence)[] characters) =>
        new(left, top, right, bottom, [.. characters.Select(c => new OcrCharacter(c.Text, left, right, c.Confidence))]);
}
