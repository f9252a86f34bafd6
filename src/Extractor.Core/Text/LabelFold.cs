using System.Text.RegularExpressions;

namespace Extractor.Core.Text;

/// <summary>
/// The form in which labels are compared: no white space of any kind, full-width ASCII folded to half-width,
/// traditional folded to simplified, look-alike radicals folded to their ideographs, pinyin glosses dropped.
/// </summary>
public static partial class LabelFold
{
    // What each UTF-16 unit folds to, '\0' where it is dropped (white space). Built once: labels are folded about a
    // thousand times per report, and a table beats three dictionary lookups and a normalisation per character.
    private static readonly char[] Table = BuildTable();

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = Table;
        var first = 0;
        while (first < text.Length && table[text[first]] == text[first])
        {
            first++;
        }

        // Most blocks (numbers, and labels already in simplified, half-width form) fold to themselves: no copy.
        var folded = first == text.Length ? text : FoldFrom(text, first);

        // Until none is left, so that folding twice gives what folding once gave: (a(b)) loses (b), then (a).
        while (folded.Contains('(', StringComparison.Ordinal) && PinyinGloss().IsMatch(folded))
        {
            folded = PinyinGloss().Replace(folded, string.Empty);
        }

        return folded;
    }

    private static string FoldFrom(string text, int first)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, first).CopyTo(buffer);
        var length = first;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            var f = Table[c];
            if (f != '\0' || c == '\0')
            {
                buffer[length++] = f;
            }
        }

        return new string(buffer[..length]);
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = FoldOne((char)i);
        }

        return table;
    }

    private static char FoldOne(char ch)
    {
        if (ch != '\0' && (char.IsWhiteSpace(ch) || ch is '\u200b' or '\ufeff'))
        {
            return '\0';
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
        return TraditionalFold.Fold(c);
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
