using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Crawler.Discovery;

/// <summary>
/// Tells a report's title (某县2023年政府信息公开工作年度报告) from the other items of a listing: the notice asking
/// for reports (关于报送…年度报告的通知), the year's work plan (政府信息公开工作要点), news.
/// </summary>
public static partial class ReportTitle
{
    private const string Disclosure = "政府信息公开";

    // After 年度报告 a listing may print a format or a date, never more words: "…年度报告的通知" is a notice.
    private static readonly string[] AllowedTailWords = ["年", "月", "日", "版", "全文", "正文", "修订", "文字"];

    /// <summary>The reporting year when the text is a report's title, else null.</summary>
    public static int? YearOf(string? text)
    {
        var title = Flatten(text);
        if (title.Length == 0 || !title.Contains(Disclosure, StringComparison.Ordinal) || title.StartsWith("关于", StringComparison.Ordinal))
        {
            return null;
        }

        var end = Math.Max(EndOf(title, "年度报告"), EndOf(title, "年报"));

        // "2019年度政府信息公开工作报告": the year's 年度 stands before the words, the title ends in 工作报告.
        if (end < 0 && YearNiandu().IsMatch(title))
        {
            end = EndOf(title, "工作报告");
        }

        if (end < 0 || !TailIsDecoration(title[end..]))
        {
            return null;
        }

        return Year(title[..end]) ?? Year(title);
    }

    /// <summary>
    /// A link to a column of reports rather than to one (政府信息公开年报, 政府信息公开工作年度报告) or to a portal's
    /// disclosure section (政府信息公开): no year, short.
    /// </summary>
    public static bool IsColumnName(string? text)
    {
        var title = Flatten(text);
        if (title.Length is 0 or > 16 || Year(title) is not null)
        {
            return false;
        }

        return title.Contains("年报", StringComparison.Ordinal)
            || title.Contains("年度报告", StringComparison.Ordinal)
            || title is "政府信息公开" or "信息公开" or "政府信息公开目录" or "信息公开目录" or "法定主动公开内容";
    }

    private static int EndOf(string title, string word)
    {
        var at = title.LastIndexOf(word, StringComparison.Ordinal);
        return at < 0 ? -1 : at + word.Length;
    }

    private static bool TailIsDecoration(string tail)
    {
        var words = tail;
        foreach (var allowed in AllowedTailWords)
        {
            words = words.Replace(allowed, string.Empty, StringComparison.Ordinal);
        }

        return !words.Any(IsHan);
    }

    private static int? Year(string text)
    {
        var before = YearBeforeNian().Match(text);
        if (before.Success)
        {
            return int.Parse(before.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var any = AnyYear().Match(text);
        return any.Success ? int.Parse(any.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Whitespace removed, full-width digits and Chinese numeral years (二〇二三) made ASCII.</summary>
    internal static string Flatten(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                _ => c,
            });
        }

        return ChineseYear().Replace(builder.ToString(), m => string.Concat(m.Value.Select(ChineseDigit)));
    }

    private static char ChineseDigit(char c) => c switch
    {
        '〇' or '零' or 'О' or 'o' or 'O' => '0',
        '一' => '1',
        '二' => '2',
        '三' => '3',
        '四' => '4',
        '五' => '5',
        '六' => '6',
        '七' => '7',
        '八' => '8',
        '九' => '9',
        _ => c,
    };

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF';

    [GeneratedRegex("(?<![0-9])((?:19|20)[0-9]{2})(?=年)")]
    private static partial Regex YearBeforeNian();

    [GeneratedRegex("(?<![0-9])(?:19|20)[0-9]{2}年度")]
    private static partial Regex YearNiandu();

    [GeneratedRegex("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex AnyYear();

    [GeneratedRegex("[二][〇零Оo][一二三四五六七八九〇零][〇零一二三四五六七八九](?=年)")]
    private static partial Regex ChineseYear();
}
