using Extractor.Readers.Ocr;

namespace Extractor.Tests.Ocr;

public class ImageRulingsTests
{
    private static GreyImage Page(int width, int height, Action<byte[], int> draw)
    {
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        draw(pixels, width);
        return new GreyImage(width, height, pixels);
    }

    [Test]
    public void A_rule_broken_into_dashes_by_a_black_and_white_scan_is_one_rule()
    {
        // 300 dpi: pieces of 170 pixels (over the 0.4 inch a rule needs) with gaps of 17, as a hairline turned 0.3°.
        var image = Page(1000, 60, (p, w) =>
        {
            for (var x = 20; x < 938; x++)
            {
                if ((x - 20) % 187 < 170)
                {
                    p[(30 * w) + x] = 0;
                    p[(31 * w) + x] = 0;
                }
            }
        });
        var rules = ImageRulings.Find(image, 300);
        Assert.That(rules.Select(r => (r.Horizontal, r.Start, r.End)), Is.EqualTo(new[] { (true, 20.0, 938.0) }));
    }

    [Test]
    public void Rules_far_apart_on_one_line_stay_two()
    {
        var image = Page(1000, 60, (p, w) =>
        {
            foreach (var x in Enumerable.Range(20, 300).Concat(Enumerable.Range(600, 300)))
            {
                p[(30 * w) + x] = 0;
            }
        });
        Assert.That(ImageRulings.Find(image, 300), Has.Count.EqualTo(2));
    }

    [Test]
    public void A_black_and_white_page_splits_ink_from_paper_between_its_two_levels()
    {
        // Otsu's threshold over levels 0 and 255 only: any split between them is as good; at 0 nothing would be ink.
        var image = Page(100, 100, (p, w) => Array.Fill(p, (byte)0, 0, 1000));
        Assert.That(image.InkThreshold(), Is.InRange(100, 155));
    }
}
