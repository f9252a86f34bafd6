using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Text;

namespace Extractor.Core.Recognition;

/// <summary>
/// Chooses the line that reads as this document's own title among every title-shaped line near its start, as a
/// person would: a portal page printed whole carries a sidebar of earlier reports (历年年报, 相关链接, names cut with
/// "…"), breadcrumbs and a browser's header line, all of which mention 年度报告 too. A line is the document's own
/// title when it is whole (not cut, not a breadcrumb or header line) and the preamble follows it, and its year is
/// cross-checked with the statistics period and the publication date; where they disagree and no line is the
/// document's own title, the year is left empty with a note naming the candidates.
/// </summary>
public static partial class TitleChooser
{
    /// <summary>How far into the document the title, publication line and statistics period are looked for.</summary>
    private const int Reach = 400;

    /// <summary>How many tokens after a title line its preamble (or first section) may start.</summary>
    private const int PreambleReach = 10;

    private static readonly string[] Chrome =
        ["字号", "打印", "关闭", "访问", "发布时间", "发布日期", "来源", "首页", "当前位置", "登录", "注册", "分享", "收藏", "浏览", ">", "»", "【", "】", ":", "|"];

    private static readonly char[] Bullets = ['•', '·', '●', '○', '◆', '◇', '■', '□', '▪', '▫', '►', '▶', '-', '–', '—', '*', '・', '※', '√', '☆', '★'];

    public static Title Choose(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var reach = Math.Min(tokens.Count, Reach);
        var period = PeriodYear(tokens, reach);
        var published = PublishedYear(tokens, reach);

        var candidates = new List<Candidate>();
        for (var i = 0; i < reach; i++)
        {
            if (tokens[i].Heading is 2)
            {
                break;
            }

            var stripped = Unbulleted(tokens[i].Folded);
            if (!tokens[i].IsValue && IsTitleText(tokens[i], stripped))
            {
                candidates.Add(new Candidate(i, stripped, YearOf(stripped), IsWhole(stripped)));
            }
        }

        var whole = candidates.Where(c => c.Whole).ToList();
        foreach (var c in whole)
        {
            c.Preamble = PreambleFollows(tokens, c.Index, whole);
        }

        var chosen = Pick(whole, period);
        if (chosen is not null)
        {
            var agency = AgencyOf(tokens, chosen);
            var year = chosen.Year ?? period;
            string? note = null;
            if (chosen.Year is { } ty && period is { } py && ty != py)
            {
                note = $"the title says {ty} but the statistics period says {py}; the title's year is used";
            }
            else if (chosen.Year is null && period is null && published is { } pub)
            {
                note = $"the title has no year and the statistics period is not printed; published in {pub}, the reporting year is left empty";
            }

            return new Title(agency, year, chosen.Index, note);
        }

        // No line is the document's own title: a title-shaped line elsewhere still says the document is a report, but
        // its year and agency are another document's. The year then comes from the document's own statements.
        int? titleIndex = candidates.Count > 0 ? candidates[0].Index : null;
        var listed = candidates.Select(c => c.Year).OfType<int>().Distinct().Order().ToList();
        if (period is { } p && (published is null || published == p + 1))
        {
            return new Title(SourceAgency(tokens, reach), p, titleIndex, null);
        }

        var said = new List<string>();
        if (period is { } pp)
        {
            said.Add($"statistics period {pp}");
        }

        if (published is { } pb)
        {
            said.Add($"published {pb}");
        }

        if (listed.Count > 0)
        {
            said.Add($"other reports listed on the page: {string.Join(", ", listed)}");
        }

        var why = said.Count == 0 ? null : $"no line reads as this document's own title and the year cannot be told ({string.Join("; ", said)}); the year is left empty";
        return new Title(SourceAgency(tokens, reach), null, titleIndex, why);
    }

    private static Candidate? Pick(List<Candidate> whole, int? period)
    {
        if (whole.Count == 0)
        {
            return null;
        }

        // Where the statistics period is printed, a title of another year is another report (a sidebar item).
        var pool = period is { } p && whole.Any(c => c.Year == p) ? whole.Where(c => c.Year is null || c.Year == p).ToList() : whole;
        var introduced = pool.Where(c => c.Preamble).ToList();
        if (introduced.Count > 0)
        {
            return introduced[0];
        }

        // Several whole titles of different years, none introducing the text: which one is this document's cannot be told.
        return pool.Select(c => c.Year).Distinct().Count() > 1 ? null : pool[0];
    }

    /// <summary>
    /// The title's preamble or first section follows within a few tokens, before any other title line: a sidebar item
    /// is followed by more items.
    /// </summary>
    private static bool PreambleFollows(IReadOnlyList<Token> tokens, int index, List<Candidate> titles)
    {
        var end = Math.Min(tokens.Count, index + 1 + PreambleReach);
        for (var i = index + 1; i < end; i++)
        {
            if (titles.Any(c => c.Index == i))
            {
                return false;
            }

            var t = tokens[i];
            if (t.Heading is 1 || (!t.IsValue && (t.IsProse || (t.Folded.Length >= 24 && !IsChrome(t.Folded)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The agency: the title's words before the year, else the nearest agency-like line before the title.</summary>
    private static string? AgencyOf(IReadOnlyList<Token> tokens, Candidate title)
    {
        var raw = Unbulleted(Collapse(tokens[title.Index].Raw));
        var m = TitleYear().Match(raw);
        var before = m.Success ? raw[..m.Index] : (raw.IndexOf("政府信息公开", StringComparison.Ordinal) is var cut and > 0 ? raw[..cut] : string.Empty);
        var agency = Clean(before);
        if (!string.IsNullOrEmpty(agency) && !IsCut(agency))
        {
            return agency;
        }

        return AgencyLineBefore(tokens, title.Index) ?? SourceAgency(tokens, Math.Min(tokens.Count, Reach));
    }

    /// <summary>
    /// The agency printed on a line of its own above the title. Interleaved columns (a sidebar printed beside the
    /// report) put other lines in between, so a few are looked at; a name the report's text repeats is preferred.
    /// </summary>
    private static string? AgencyLineBefore(IReadOnlyList<Token> tokens, int titleIndex)
    {
        var names = new List<string>();
        for (var i = titleIndex - 1; i >= Math.Max(0, titleIndex - 6); i--)
        {
            var raw = Unbulleted(Collapse(tokens[i].Raw));
            var folded = tokens[i].Folded;
            if (tokens[i].IsValue || tokens[i].Heading is not null || raw.Length is 0 or > 40 || IsChrome(folded) || raw.Any(char.IsAsciiDigit)
                || IsCut(raw) || folded.Contains("信息公开", StringComparison.Ordinal) || folded.Contains("年度报告", StringComparison.Ordinal)
                || folded.Contains("年报", StringComparison.Ordinal) || IsListHeading(folded))
            {
                continue;
            }

            names.Add(Clean(raw));
        }

        if (names.Count == 0)
        {
            return null;
        }

        var text = BodyText(tokens, titleIndex);
        return names.FirstOrDefault(n => n.Length >= 2 && text.Contains(LabelFold.Fold(n), StringComparison.Ordinal)) ?? names[0];
    }

    /// <summary>来源：某局 on the publication line, where the report's text names the same agency.</summary>
    private static string? SourceAgency(IReadOnlyList<Token> tokens, int reach)
    {
        for (var i = 0; i < reach; i++)
        {
            var m = Source().Match(Collapse(tokens[i].Raw));
            if (m.Success)
            {
                var name = Clean(m.Groups[1].Value);
                return name.Length >= 2 && !IsCut(name) && BodyText(tokens, i).Contains(LabelFold.Fold(name), StringComparison.Ordinal) ? name : null;
            }
        }

        return null;
    }

    private static string BodyText(IReadOnlyList<Token> tokens, int after) =>
        string.Concat(tokens.Skip(after + 1).Take(Reach).Where(t => t.IsProse).Select(t => t.Folded));

    private static int? PeriodYear(IReadOnlyList<Token> tokens, int reach)
    {
        for (var i = 0; i < reach; i++)
        {
            var folded = tokens[i].Folded;
            if (!folded.Contains("1月", StringComparison.Ordinal))
            {
                continue;
            }

            var m = Period().Match(folded);
            if (m.Success)
            {
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static int? PublishedYear(IReadOnlyList<Token> tokens, int reach)
    {
        for (var i = 0; i < reach; i++)
        {
            var folded = tokens[i].Folded;
            if (!folded.Contains("日期", StringComparison.Ordinal) && !folded.Contains("时间", StringComparison.Ordinal))
            {
                continue;
            }

            var m = Published().Match(folded);
            if (m.Success)
            {
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static int? YearOf(string folded) =>
        TitleYear().Match(folded) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// A line that may be the document's own title: title-shaped and whole (a sidebar item cut with "…", a breadcrumb
    /// or a browser's header line never is).
    /// </summary>
    public static bool MayBeOwnTitle(Token token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var stripped = Unbulleted(token.Folded);
        return !token.IsValue && IsTitleText(token, stripped) && IsWhole(stripped);
    }

    /// <summary>Whether the token, its bullet taken off, is title-shaped; a copy is made only where there was a bullet.</summary>
    private static bool IsTitleText(Token token, string stripped) =>
        TitleReader.IsTitle(ReferenceEquals(stripped, token.Folded) || stripped == token.Folded ? token : token with { Folded = stripped });

    /// <summary>A title line as printed whole: not cut short, not a browser's header line (date and time, URL).</summary>
    private static bool IsWhole(string folded) =>
        !IsCut(folded) && !BrowserHeader().IsMatch(folded)
        && !folded.Contains("http", StringComparison.OrdinalIgnoreCase) && !folded.Contains("www.", StringComparison.OrdinalIgnoreCase);

    private static bool IsCut(string text) =>
        text.Contains('…', StringComparison.Ordinal) || text.Contains('⋯', StringComparison.Ordinal) || text.Contains("..", StringComparison.Ordinal);

    private static bool IsChrome(string folded) => Chrome.Any(c => folded.Contains(c, StringComparison.Ordinal));

    private static bool IsListHeading(string folded) => folded.Length <= 8 && ListHeading().IsMatch(folded);

    /// <summary>A list item's bullet or marker is not part of the name it introduces.</summary>
    public static string Unbulleted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        while (start < text.Length && (Array.IndexOf(Bullets, text[start]) >= 0 || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        return start == 0 ? text : text[start..];
    }

    private static string Clean(string s) => Unbulleted(s).Trim().TrimEnd('关', '于').Trim(' ', '\u3000', '“', '"', '《').Trim();

    private static string Collapse(string s) => Whitespace().Replace(s, " ").Trim();

    private sealed class Candidate(int index, string folded, int? year, bool whole)
    {
        public int Index { get; } = index;

        public string Folded { get; } = folded;

        public int? Year { get; } = year;

        public bool Whole { get; } = whole;

        public bool Preamble { get; set; }
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex TitleYear();

    // 自2024年1月1日, 自20201月1日 (the 年 lost), 统计期限为2023年1月1日至…
    [GeneratedRegex(@"(?:自|从|为|期限)((?:19|20)\d{2})年?0?1月0?1日")]
    private static partial Regex Period();

    // 发布时间:2023-01-18, 发布日期:2023年1月18日 (folded: the colon is half-width)
    [GeneratedRegex(@"(?:发布时间|发布日期|发文日期|成文日期|公开日期|发表时间)[:：]?((?:19|20)\d{2})[-年/.]")]
    private static partial Regex Published();

    // A browser's header line: 12/4/26,4:15PM, 2024/1/18 10:20, 2024-01-18 10:20 before the page title.
    [GeneratedRegex(@"^\d{1,4}[/-]\d{1,2}[/-]\d{1,4},?\d{1,2}:\d{2}")]
    private static partial Regex BrowserHeader();

    [GeneratedRegex(@"(?:来源|发布机构|发布单位)[:：]\s*([^\s:：|]{2,30}?)(?:\s|$|字号|发布|浏览|访问|【|\[)")]
    private static partial Regex Source();

    [GeneratedRegex("历年|往年|相关|链接|推荐|热点|上一篇|下一篇|阅读|列表")]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
