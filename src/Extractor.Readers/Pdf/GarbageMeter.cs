using System.Globalization;

namespace Extractor.Readers.Pdf;

/// <summary>
/// Counts letters that cannot be the report's real text: U+FFFD, private-use code points, control characters and
/// glyphs with no Unicode mapping at all (fonts without a ToUnicode map, GBK-EUC-H fonts that were not embedded),
/// and Latin-1 letters such as "Õþ¸®" that are GBK bytes read as a single-byte encoding. Above a share of
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

    /// <summary>Counts one letter as extracted (before repair): true when it is garbage.</summary>
    public bool Count(string value)
    {
        Letters++;
        if (!IsGarbage(value))
        {
            return false;
        }

        Garbage++;
        return true;
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
        $"{Share * 100:0}% of its {Letters} letters are U+FFFD, private-use, control or unmapped glyphs (fonts without a Unicode map)");
}
