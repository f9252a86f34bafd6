using Extractor.Core.Documents;
using Extractor.Core.Schema;
using Extractor.Core.Text;

namespace Extractor.Core.Recognition.Inline;

/// <summary>
/// Cuts text flattened by get_text()-style scraping (a whole report on one line, or a few very long lines) into the
/// blocks a page of its own lines would have given: the title, each section heading, the prose before a table as
/// one block, and inside a table every label and every printed run of digits on its own. Digits glued to the next
/// row's enumerator (…312.没有现成信息) leave it to the label. Headings and tables are found by the schema's own
/// heading words and table labels, so a notice that merely mentions them is not cut.
/// </summary>
public static class InlineReportSplitter
{
    /// <summary>A block shorter than this is a line of its own already.</summary>
    private const int MinLength = 60;

    /// <summary>A report runs to tens of thousands of characters; a longer block is not cut (the search stays linear).</summary>
    public const int MaxLength = 400_000;

    /// <summary>How far after a table anchor its first number is looked for.</summary>
    private const int AnchorReach = 400;

    private static readonly string[] Units = ["万元", "亿元", "元"];

    /// <summary>Characters that, right after a number, make it a count in a sentence (22件), not a table cell.</summary>
    private const string ProseUnits = "件条个次篇项人家年月日号%余名期批天份辆台套宗笔户册";

    private static readonly string[] Anchors =
        [.. TemplateSchema.All.SelectMany(s => s.Tables).SelectMany(t => t.Anchors).Select(LabelFold.Fold).Distinct(StringComparer.Ordinal)];

    private static readonly string[] RowAliases =
        [.. TemplateSchema.All.SelectMany(s => s.Tables).SelectMany(t => t.Rows).SelectMany(r => r.Aliases).Select(LabelFold.Fold).Where(a => a.Length >= 2).Distinct(StringComparer.Ordinal)];

    private static readonly string[] Titles = [LabelFold.Fold("政府信息公开工作年度报告"), LabelFold.Fold("政府信息公开年度报告")];

    /// <summary>The blocks with every inline report line cut up, or null where no block is one.</summary>
    public static IReadOnlyList<Block>? Split(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var cut = new List<List<(int Start, int Length, bool SameLine)>?>(blocks.Count);
        var any = false;
        foreach (var block in blocks)
        {
            var pieces = block.Text.Length is >= MinLength and <= MaxLength ? Segment(block.Text) : null;
            cut.Add(pieces);
            any |= pieces is not null;
        }

        if (!any)
        {
            return null;
        }

        // Lines are renumbered so that each piece of a cut block is a printed line of its own, in document order,
        // while blocks that shared a line still share one.
        var result = new List<Block>(blocks.Count * 2);
        var line = 0;
        int? previousLine = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (cut[i] is not { } pieces)
            {
                if (previousLine != block.Line)
                {
                    line++;
                }

                previousLine = block.Line;
                result.Add(block with { Line = line });
                continue;
            }

            previousLine = null;
            foreach (var (start, length, sameLine) in pieces)
            {
                line += sameLine ? 0 : 1;
                result.Add(new Block(block.Text.Substring(start, length), new SpanLocation(block.Location, start, length), line));
            }
        }

        return result;
    }

    /// <summary>Whether some block holds a label only the template's tables have (申请人情况, 第二十条第…).</summary>
    public static bool HasTableLabel(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return blocks.Any(b => LabelFold.Fold(b.Text) is var f && Anchors.Any(a => f.Contains(a, StringComparison.Ordinal)));
    }

    /// <summary>The pieces of one long text, or null where it holds no heading and no table inside it.</summary>
    public static List<(int Start, int Length, bool SameLine)>? Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headings = Headings(text);
        var pieces = new List<(int, int, bool)>();
        var tables = 0;
        var position = 0;
        foreach (var (start, end) in headings.Append((text.Length, text.Length)))
        {
            tables += Chunk(text, position, start, pieces, position == 0);
            if (end > start)
            {
                pieces.Add((start, end - start, false));
            }

            position = end;
        }

        // A heading inside the text, or a table: otherwise it is a paragraph, left as it was.
        var inside = headings.Count > 1 || (headings.Count == 1 && headings[0].Start > 0) || tables > 0;
        return inside && pieces.Count > 1 ? pieces : null;
    }

    /// <summary>Section headings: a section numeral (一、) followed by a heading's words, up to its 情况 or 事项.</summary>
    private static List<(int Start, int End)> Headings(string text)
    {
        var found = new List<(int, int)>();
        for (var p = 0; p + 2 < text.Length; p++)
        {
            if (!IsChineseNumeral(text[p]) || (p > 0 && IsChineseNumeral(text[p - 1])))
            {
                continue;
            }

            var q = p + 1;
            if (q < text.Length && IsChineseNumeral(text[q]))
            {
                q++;
            }

            if (q >= text.Length || "、.．,，:：".IndexOf(text[q], StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var limit = Math.Min(text.Length, p + 48);
            for (var i = q + 1; i < limit; i++)
            {
                if (text[i] is '。' or '；' or ';' or '（' or '(' || char.IsDigit(text[i]))
                {
                    limit = i;
                    break;
                }
            }

            for (var e = q + 3; e <= limit; e++)
            {
                if (SectionMatcher.Match(LabelFold.Fold(text[p..e]), false, Templates.Sections) is not { } section)
                {
                    continue;
                }

                e = ExtendToEnd(text, e, limit);
                if (SectionMatcher.Match(LabelFold.Fold(text[p..e]), false, Templates.Sections) == section)
                {
                    found.Add((p, e));
                    p = e - 1;
                }

                break;
            }
        }

        return found;
    }

    /// <summary>A heading found by its first words runs on to its 情况/事项 when that follows closely.</summary>
    private static int ExtendToEnd(string text, int end, int limit)
    {
        if (end >= 2 && text[(end - 2)..end] is "情况" or "事项")
        {
            return end;
        }

        for (var i = end; i + 2 <= Math.Min(limit, end + 14); i++)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is '，' or ',')
            {
                break;
            }

            if (text[i..(i + 2)] is "情况" or "事项")
            {
                return i + 2;
            }
        }

        return end;
    }

    private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".Contains(c, StringComparison.Ordinal);

    /// <summary>Cuts text[from..to): the title (first chunk), prose, then the table it holds; returns 1 where a table was found.</summary>
    private static int Chunk(string text, int from, int to, List<(int, int, bool)> pieces, bool first)
    {
        if (first && TitleEnd(text, from, to) is { } title)
        {
            AddTrimmed(text, from, title.Start, pieces);
            AddTrimmed(text, title.Start, title.End, pieces);
            from = title.End;
        }

        var table = TableStart(text, from, to);
        if (table is null)
        {
            AddTrimmed(text, from, to, pieces);
            return 0;
        }

        AddTrimmed(text, from, table.Value, pieces);
        TableTokens(text, table.Value, to, pieces);
        return 1;
    }

    private static (int Start, int End)? TitleEnd(string text, int from, int to)
    {
        var folded = FoldedText.Of(text, from, to);
        foreach (var title in Titles)
        {
            var f = folded.Text.IndexOf(title, StringComparison.Ordinal);
            if (f < 0)
            {
                continue;
            }

            var at = folded.Raw[f];
            var start = at;
            while (start > from && at - start < 40 && !char.IsWhiteSpace(text[start - 1]) && "。，；：:”》".IndexOf(text[start - 1], StringComparison.Ordinal) < 0)
            {
                start--;
            }

            return (start, folded.Raw[f + title.Length]);
        }

        return null;
    }

    /// <summary>
    /// Where a table begins in text[from..to): at a table anchor (申请人情况, 第二十条第…) or a row label followed by a
    /// number, but not where the number that follows is a count in a sentence (法人或其他组织申请2件).
    /// </summary>
    private static int? TableStart(string text, int from, int to)
    {
        var folded = FoldedText.Of(text, from, to);
        int? best = null;
        foreach (var (words, needsNumber) in Anchors.Select(a => (a, false)).Concat(RowAliases.Select(a => (a, true))))
        {
            for (var at = folded.Text.IndexOf(words, StringComparison.Ordinal);
                 at >= 0 && (best is null || folded.Raw[at] < best);
                 at = folded.Text.IndexOf(words, at + 1, StringComparison.Ordinal))
            {
                if (TableLike(text, folded.Raw[at + words.Length], to, needsNumber))
                {
                    best = folded.Raw[at];
                    break;
                }
            }
        }

        return best;
    }

    private static bool TableLike(string text, int after, int to, bool needsNumber)
    {
        var i = after;
        if (needsNumber)
        {
            while (i < to && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= to || !char.IsDigit(text[i]))
            {
                return false;
            }
        }
        else
        {
            var reach = Math.Min(to, after + AnchorReach);
            while (i < reach && !char.IsDigit(text[i]))
            {
                if (text[i] == '。')
                {
                    return false;
                }

                i++;
            }

            if (i == reach && reach < to)
            {
                return false;
            }
        }

        while (i < to && (char.IsDigit(text[i]) || text[i] is '.' or '．'))
        {
            i++;
        }

        return i >= to || ProseUnits.IndexOf(text[i], StringComparison.Ordinal) < 0;
    }

    /// <summary>Labels and printed runs of a table region, each its own piece.</summary>
    private static void TableTokens(string text, int from, int to, List<(int, int, bool)> pieces)
    {
        var textStart = -1;
        void EndText(int at)
        {
            if (textStart >= 0)
            {
                AddTrimmed(text, textStart, at, pieces);
                textStart = -1;
            }
        }

        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                EndText(i);
                i++;
                continue;
            }

            // A sign, or 增/减 in words (减4), opens a signed run; 增/减 of the header (本年增/减) is followed by no digit.
            var signed = c is '+' or '-' or '＋' or '－' or '增' or '减' && i + 1 < to && char.IsDigit(text[i + 1]);
            if (char.IsDigit(c) || signed)
            {
                var end = RunEnd(text, signed ? i + 1 : i, to);
                // The next label's enumerator glued to the run (…312.没有): its digit is the label's.
                var enumerator = end < to - 1 && text[end] is '.' or '．' or '、' && !char.IsDigit(text[end + 1]);
                var runEnd = enumerator ? end - 1 : end;
                // 22件 counts things in a sentence; 第（1）项 and （2） number a label: neither is a cell.
                var counted = !enumerator && ((end < to && ProseUnits.IndexOf(text[end], StringComparison.Ordinal) >= 0)
                    || (!signed && i > from && text[i - 1] is '第' or '（' or '('));
                if (runEnd > i && !(signed && runEnd == i + 1) && !counted)
                {
                    EndText(i);
                    foreach (var unit in Units)
                    {
                        if (!enumerator && string.CompareOrdinal(text, runEnd, unit, 0, unit.Length) == 0)
                        {
                            runEnd += unit.Length;
                            end = runEnd;
                            break;
                        }
                    }

                    // Values right after a row label of a table printed as one run (行政复议 0 0 0 0 0) share its line, so
                    // that the rows are placed by their labels in whatever order they come.
                    var after = pieces.Count > 0 ? pieces[^1] : default;
                    var sameLine = pieces.Count > 0
                        && (after.Item3 || IsRunRowLabel(text.Substring(after.Item1, after.Item2)))
                        && string.IsNullOrWhiteSpace(text[(after.Item1 + after.Item2)..i]);
                    pieces.Add((i, runEnd - i, sameLine));
                    i = runEnd;
                    continue;
                }

                if (counted)
                {
                    textStart = textStart < 0 ? i : textStart;
                    i = end;
                    continue;
                }

                if (enumerator)
                {
                    EndText(runEnd);
                    textStart = runEnd;
                    i = end + 1;
                    continue;
                }
            }

            if (StartsLabel(text, i, to))
            {
                EndText(i);
            }

            if (textStart < 0)
            {
                textStart = i;
            }

            i++;
        }

        EndText(to);
    }

    private static readonly string[] RunRowAliases =
        [.. TemplateSchema.All.SelectMany(s => s.Tables).Where(t => t.Layout == TableLayout.SingleRun).SelectMany(t => t.Rows).SelectMany(r => r.Aliases).Select(LabelFold.Fold).Distinct(StringComparer.Ordinal)];

    /// <summary>A short label naming one row of a run table (行政复议, 行政诉讼未经复议直接起诉), not a header that names them all.</summary>
    private static bool IsRunRowLabel(string text)
    {
        var folded = LabelFold.Fold(text);
        return RunRowAliases.Count(a => folded.Contains(a, StringComparison.Ordinal)) == 1 && folded.Length <= 12;
    }

    private static int RunEnd(string text, int i, int to)
    {
        while (i < to && (char.IsDigit(text[i]) || (text[i] is '.' or '．' && i + 1 < to && char.IsDigit(text[i + 1]) && i > 0 && char.IsDigit(text[i - 1]))
            || ThousandsGroup(text, i, to)))
        {
            i++;
        }

        return i;
    }

    /// <summary>A thousands separator (2,045): a comma between a digit and exactly three digits; the run is then one cell.</summary>
    private static bool ThousandsGroup(string text, int i, int to) =>
        text[i] is ',' or '，' && i > 0 && char.IsDigit(text[i - 1]) && i + 3 < to + 1
        && Enumerable.Range(i + 1, 3).All(j => j < to && char.IsDigit(text[j]))
        && (i + 4 >= to || !char.IsDigit(text[i + 4]));

    /// <summary>An enumerator that opens a row or group label: （一）, (三), 四、 — not the （一） of 第二十条第（一）项.</summary>
    private static bool StartsLabel(string text, int i, int to)
    {
        if (i > 0 && text[i - 1] == '第')
        {
            return false;
        }

        if (text[i] is '（' or '(' && i + 2 < to && IsChineseNumeral(text[i + 1]) && text[i + 2] is '）' or ')')
        {
            return true;
        }

        return IsChineseNumeral(text[i]) && i + 1 < to && text[i + 1] is '、' && (i == 0 || !IsChineseNumeral(text[i - 1]));
    }

    private static void AddTrimmed(string text, int from, int to, List<(int, int, bool)> pieces)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            pieces.Add((from, to - from, false));
        }
    }
}
