using Extractor.Core.Text;
using UglyToad.PdfPig.Content;

namespace Extractor.Readers.Pdf;

/// <summary>
/// Converts PdfPig's letters to <see cref="PageLetter"/>s, repairing look-alike code points on the way (Chromium's
/// Type 3 fonts give ⼯ for 工, ⺠ for 民) and dropping white space, whose place the geometry keeps.
/// </summary>
public static class PdfLetters
{
    public static List<PageLetter> Convert(IReadOnlyList<Letter> letters, GarbageMeter garbage)
    {
        var misread = letters
            .GroupBy(l => l.FontName ?? string.Empty)
            .Where(g => GarbageMeter.IsMisreadFont(g.Select(l => (l.Value ?? string.Empty, Advance(l) / Size(l)))))
            .Select(g => g.Key)
            .ToHashSet();
        var result = new List<PageLetter>(letters.Count);
        foreach (var letter in letters)
        {
            var value = letter.Value ?? string.Empty;
            if (value.Length > 0 && string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (garbage.Count(value, misread.Contains(letter.FontName ?? string.Empty)))
            {
                continue;
            }

            result.Add(From(letter, LookAlikeFold.Fold(value)));
        }

        return result;
    }

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.FontSize);

    private static double Advance(Letter letter) => Math.Abs(letter.EndBaseLine.X - letter.StartBaseLine.X);

    /// <summary>
    /// The letter's box: horizontally its advance (start to end of its baseline), so that adjacent glyphs touch
    /// and a gap means a space; vertically its glyph box, or where a font gives none, the em box on the baseline.
    /// </summary>
    private static PageLetter From(Letter letter, string text)
    {
        var size = Size(letter);
        var glyph = letter.BoundingBox;
        var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
        var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
        if (right - left < 0.05 * size)
        {
            left = glyph.Left;
            right = Math.Max(glyph.Right, glyph.Left + (0.5 * size));
        }

        var baseline = letter.StartBaseLine.Y;
        var bottom = glyph.Bottom;
        var top = glyph.Top;
        if (top - bottom < 0.05 * size || top < baseline - size || bottom > baseline + size)
        {
            bottom = baseline - (0.12 * size);
            top = baseline + (0.88 * size);
        }

        return new PageLetter(text, left, right, bottom, top, baseline, size);
    }
}
