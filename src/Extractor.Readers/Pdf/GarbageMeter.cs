using System.Globalization;

namespace Extractor.Readers.Pdf;

/// <summary>
/// Counts letters that cannot be the report's real text: U+FFFD, private-use code points, control characters and
/// glyphs with no Unicode mapping at all (fonts without a ToUnicode map, GBK-EUC-H fonts that were not embedded),
/// Latin-1 letters such as "Õþ¸®" that are GBK bytes read as a single-byte encoding, and the letters of a font
/// whose "ASCII" letters nearly all have an ideograph's full advance (a CJK subset font without a Unicode map,
/// whose codes 0x21-0x7E are read as ASCII: the digits among them would otherwise become wrong numbers). Above a
/// share of
/// <see cref="FailShare"/> the document is failed rather than read wrong.
/// </summary>
public sealed class GarbageMeter
{
    /// <summary>Above this share of garbage letters a document's text layer is not trusted.</summary>
    public const double FailShare = 0.10;

    public long Letters { get; private set; }

    public long Garbage { get; private set; }

    public double Share => Letters == 0 ? 0 : (double)Garbage / Letters;

    public bool TooMuch => Share > FailShare;

    /// <summary>An ASCII glyph this many ems wide or wider is as wide as an ideograph.</summary>
    public const double FullWidthAdvance = 0.95;

    /// <summary>
    /// A font is read under wrong codes when at least this share of its ASCII letters (and <see cref="MinSample"/>
    /// of them) are as wide as ideographs; a real Latin font has a few such glyphs (m, W, @), not most.
    /// </summary>
    public const double MisreadFontShare = 0.8;

    public const int MinSample = 5;

    /// <summary>Counts one letter as extracted (before repair): true when it is garbage.</summary>
    /// <param name="value">The letter's text.</param>
    /// <param name="misreadFont">Whether its font was found to be read under wrong codes (<see cref="IsMisreadFont"/>).</param>
    public bool Count(string value, bool misreadFont = false)
    {
        Letters++;
        if (!misreadFont && !IsGarbage(value))
        {
            return false;
        }

        Garbage++;
        return true;
    }

    /// <summary>Whether a font's letters, given as (text, advance in ems), are ideographs read as ASCII.</summary>
    public static bool IsMisreadFont(IEnumerable<(string Value, double AdvanceEms)> letters)
    {
        var ascii = 0;
        var wide = 0;
        foreach (var (value, advance) in letters)
        {
            if (value.Length == 1 && value[0] is > ' ' and < '\u007f')
            {
                ascii++;
                if (advance >= FullWidthAdvance)
                {
                    wide++;
                }
            }
        }

        return ascii >= MinSample && wide >= MisreadFontShare * ascii;
    }

    public static bool IsGarbage(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        foreach (var c in value)
        {
            if (c is '\ufffd' or >= '\ue000' and <= '\uf8ff' or < ' ' or (>= '\u00c0' and <= '\u00ff' and not '\u00d7' and not '\u00f7'))
            {
                return true;
            }
        }

        return false;
    }

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Share * 100:0}% of its {Letters} letters are U+FFFD, private-use, control or unmapped glyphs, or ideographs read as ASCII (fonts without a Unicode map)");
}
