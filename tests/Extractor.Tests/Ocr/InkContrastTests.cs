using Extractor.Readers.Ocr;

namespace Extractor.Tests.Ocr;

public class InkContrastTests
{
    [Test]
    public void Grey_noisy_paper_becomes_white_and_grey_ink_black()
    {
        var random = new Random(12);
        // A line crop as a 150 dpi office scan gives it: paper near 225 with noise, a block of ink near 60.
        var crop = Image(60, 24, (x, y) => x is >= 20 and < 30 && y is >= 6 and < 18 ? 60 + random.Next(-8, 9) : 225 + random.Next(-6, 7));
        var stretched = InkContrast.Stretch(crop);
        var paper = Pixels(stretched, (x, _) => x < 15);
        var ink = Pixels(stretched, (x, y) => x is >= 22 and < 28 && y is >= 8 and < 16);
        Assert.Multiple(() =>
        {
            Assert.That(paper.Count(p => p == 255), Is.GreaterThan(paper.Count * 0.95), "paper whitened");
            Assert.That(ink.Average(p => p), Is.LessThan(20), "ink blackened");
        });
    }

    [Test]
    public void A_crop_without_ink_is_left_as_it_is()
    {
        var random = new Random(7);
        var crop = Image(60, 24, (_, _) => 225 + random.Next(-12, 13));
        Assert.That(InkContrast.Stretch(crop).Pixels, Is.EqualTo(crop.Pixels));
    }

    [Test]
    public void On_white_paper_the_glyph_edges_are_kept()
    {
        // A clean scan of small print: white paper, thin black strokes with anti-aliased grey edges, a third of the
        // pixels lighter than Otsu's threshold. The edges must not be taken for paper and whitened.
        var crop = Image(60, 24, (x, _) => (x % 6) switch { 0 => 200, 1 or 2 => 30, 3 => 160, _ => 255 });
        var stretched = InkContrast.Stretch(crop);
        Assert.Multiple(() =>
        {
            Assert.That(stretched[6, 10], Is.LessThan(230), "a light edge stays grey");
            Assert.That(stretched[9, 10], Is.LessThan(170), "a darker edge stays darker");
            Assert.That(stretched[10, 10], Is.EqualTo(255));
            Assert.That(stretched[7, 10], Is.Zero);
        });
    }

    private static GreyImage Image(int width, int height, Func<int, int, int> level)
    {
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = (byte)Math.Clamp(level(x, y), 0, 255);
            }
        }

        return new GreyImage(width, height, pixels);
    }

    private static List<int> Pixels(GreyImage image, Func<int, int, bool> where)
    {
        var found = new List<int>();
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (where(x, y))
                {
                    found.Add(image[x, y]);
                }
            }
        }

        return found;
    }
}
