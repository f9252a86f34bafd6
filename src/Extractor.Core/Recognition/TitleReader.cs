using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Recognition;

/// <summary>The report's title: the agency that publishes it and the reporting year, cross-checked with the statistics period.</summary>
public sealed record Title(string? Agency, int? Year, int? TitleIndex, string? Note);

/// <summary>
/// Reads the title (agency + year + 政府信息公开工作年度报告, on one line or two, sometimes printed twice, among page chrome)
/// and the preamble's statistics period (自2024年1月1日至12月31日, or mangled as 自20201月1日起至202012月31日止).
/// </summary>
public static partial class TitleReader
{
    private static readonly string[] Chrome =
        ["字号", "打印", "关闭", "访问", "发布时间", "来源", "首页", "当前位置", "登录", "注册", "分享", "收藏", "浏览", ">", "»", "【", "】", "：", ":"];

    public static Title Read(IReadOnlyList<Token> tokens)
    {
        var titleIndex = FindTitle(tokens);
        int? titleYear = null;
        string? agency = null;
        if (titleIndex is { } ti)
        {
            var raw = Collapse(tokens[ti].Raw);
            var m = TitleYear().Match(raw);
            if (m.Success)
            {
                titleYear = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                agency = Clean(raw[..m.Index]);
            }
            else
            {
                var cut = raw.IndexOf("政府信息公开", StringComparison.Ordinal);
                agency = cut > 0 ? Clean(raw[..cut]) : null;
            }

            if (string.IsNullOrEmpty(agency))
            {
                agency = AgencyLineBefore(tokens, ti);
            }
        }

        var periodYear = PeriodYear(tokens);
        string? note = null;
        if (titleYear is { } ty && periodYear is { } py && ty != py)
        {
            note = $"the title says {ty} but the statistics period says {py}; the title's year is used";
        }

        return new Title(string.IsNullOrEmpty(agency) ? null : agency, titleYear ?? periodYear, titleIndex, note);
    }

    private static int? FindTitle(IReadOnlyList<Token> tokens)
    {
        var limit = Math.Min(tokens.Count, 200);
        for (var i = 0; i < limit; i++)
        {
            if (IsTitle(tokens[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// 某局2024年政府信息公开工作年度报告, or a 年报 with its year; not a breadcrumb (首页 > 政府信息公开年报), a column
    /// name or a sentence that mentions the template.
    /// </summary>
    public static bool IsTitle(Token token)
    {
        var f = token.Folded;
        return !token.IsValue && f.Length <= 80 && !f.Contains('。', StringComparison.Ordinal)
            && f.Contains("信息公开", StringComparison.Ordinal)
            && (f.Contains("年度报告", StringComparison.Ordinal) || (f.Contains("年报", StringComparison.Ordinal) && TitleYear().IsMatch(f)))
            && !f.Contains("格式", StringComparison.Ordinal)
            && !f.Contains('>', StringComparison.Ordinal) && !f.Contains('»', StringComparison.Ordinal) && !f.Contains('|', StringComparison.Ordinal);
    }

    private static string? AgencyLineBefore(IReadOnlyList<Token> tokens, int titleIndex)
    {
        for (var i = titleIndex - 1; i >= Math.Max(0, titleIndex - 3); i--)
        {
            var raw = Collapse(tokens[i].Raw);
            if (tokens[i].IsValue || raw.Length is 0 or > 40 || Chrome.Any(c => raw.Contains(c, StringComparison.Ordinal)) || raw.Any(char.IsAsciiDigit))
            {
                continue;
            }

            return Clean(raw);
        }

        return null;
    }

    private static int? PeriodYear(IReadOnlyList<Token> tokens)
    {
        foreach (var t in tokens.Take(400))
        {
            var m = Period().Match(t.Folded);
            if (m.Success)
            {
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static string Clean(string s) => s.Trim().TrimEnd('关', '于').Trim(' ', '\u3000', '“', '"', '《').Trim();

    private static string Collapse(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex TitleYear();

    // 自2024年1月1日, 自20201月1日 (the 年 lost), 统计期限为2023年1月1日至…
    [GeneratedRegex(@"(?:自|从|为|期限)((?:19|20)\d{2})年?0?1月0?1日")]
    private static partial Regex Period();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
