using Extractor.Readers.Pdf;

namespace Extractor.Tests.Pdf;

public class TextRepairTests
{
    [TestCase("\ufffd", true)]
    [TestCase("\ue123", true)]
    [TestCase("", true)]
    [TestCase("\u0001", true)]
    [TestCase("Õ", true)]
    [TestCase("中", false)]
    [TestCase("×", false)]
    [TestCase("7", false)]
    public void Garbage_letters_are_told_from_text(string value, bool garbage)
    {
        Assert.That(GarbageMeter.IsGarbage(value), Is.EqualTo(garbage));
    }

    [Test]
    public void A_garbage_share_above_the_bound_fails_the_document()
    {
        var meter = new GarbageMeter();
        foreach (var v in Enumerable.Repeat("中", 85).Concat(Enumerable.Repeat("\ufffd", 15)))
        {
            meter.Count(v);
        }

        Assert.Multiple(() =>
        {
            Assert.That(meter.TooMuch, Is.True);
            Assert.That(meter.Describe(), Does.StartWith("15% of its 100 letters"));
        });
    }

    [Test]
    public void A_font_whose_ascii_letters_are_all_as_wide_as_ideographs_is_read_under_wrong_codes()
    {
        var misread = "!\"#$%&'0123".Select(c => (c.ToString(), 1.0));
        var latin = "Summary 2024 mW@".Select(c => (c.ToString(), c is 'm' or 'W' or '@' ? 0.98 : 0.55));
        Assert.Multiple(() =>
        {
            Assert.That(GarbageMeter.IsMisreadFont(misread), Is.True);
            Assert.That(GarbageMeter.IsMisreadFont(latin), Is.False);
        });
    }

    [TestCase("— 3 —")]
    [TestCase("- 12 -")]
    [TestCase("第 2 页 共 5 页")]
    [TestCase("2/5")]
    [TestCase("11/28/26, 7:13 AM")]
    [TestCase("file:///tmp/report.html")]
    [TestCase("https://www.example.gov.cn/art/2024/1/1/art_1.html")]
    public void Page_furniture_is_recognised(string text)
    {
        Assert.That(PageFurniture.IsFurniture(text), Is.True);
    }

    [TestCase("四、结转下年度继续办理")]
    [TestCase("2024年政府信息公开工作年度报告")]
    [TestCase("0 0 0")]
    public void Report_text_is_not_furniture(string text)
    {
        Assert.That(PageFurniture.IsFurniture(text), Is.False);
    }
}
