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
    /// <summary>The title, agency and year as <see cref="TitleChooser"/> tells them among every title-shaped line.</summary>
    public static Title Read(IReadOnlyList<Token> tokens) => TitleChooser.Choose(tokens);

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

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex TitleYear();
}
