using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Core.Text;

/// <summary>
/// The form in which labels are compared: no white space of any kind, full-width ASCII folded to half-width,
/// traditional folded to simplified, look-alike radicals folded to their ideographs, pinyin glosses dropped.
/// </summary>
public static partial class LabelFold
{
    public static string Fold(string text)
    {
        // Most blocks of a table are plain ASCII numbers, which fold to themselves.
        if (IsPlainAscii(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u200b' or '\ufeff')
            {
                continue;
            }

            var c = LookAlikeFold.Fold(ch);
            if (c is >= '\uff01' and <= '\uff5e')
            {
                c = (char)(c - 0xfee0);
            }

            c = c switch
            {
                '【' or '〔' => '(',
                '】' or '〕' => ')',
                _ => c,
            };
            sb.Append(TraditionalFold.Fold(c));
        }

        var folded = sb.ToString();
        return folded.Contains('(', StringComparison.Ordinal) ? PinyinGloss().Replace(folded, string.Empty) : folded;
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is <= ' ' or > '~' or '(' or ')')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The folded label without its leading enumerators: (七)总计 → 总计, 3.其他 → 其他, 一、概述 → 概述.</summary>
    public static string WithoutEnumerator(string folded) => Enumerator().Replace(folded, string.Empty);

    /// <summary>Whether the folded text opens with a section-style enumerator (一、 二. 三,).</summary>
    public static bool StartsWithSectionNumeral(string folded) => SectionNumeral().IsMatch(folded);

    [GeneratedRegex(@"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")]
    private static partial Regex PinyinGloss();

    [GeneratedRegex(@"^(?:\(?[一二三四五六七八九十]{1,3}\)?[、.,:]?|\(?\d{1,2}\)?[.、,)]|\d{1,2}(?=[^\d.])|[①-⑳])+")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,2}[、.,:]")]
    private static partial Regex SectionNumeral();
}
