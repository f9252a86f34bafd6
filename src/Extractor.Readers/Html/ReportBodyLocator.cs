using AngleSharp.Dom;
using Extractor.Core.Documents;
using Extractor.Core.Recognition;
using Extractor.Core.Schema;
using Extractor.Core.Text;

namespace Extractor.Readers.Html;

/// <summary>
/// Finds the report within a portal page: the smallest element holding every section heading and template table,
/// plus the report title just before it (titles often sit in an &lt;h1&gt; outside the article body). Navigation,
/// side lists of other years' reports and footers fall outside and are dropped.
/// </summary>
public static class ReportBodyLocator
{
    // Every template table has one of these cells.
    private static readonly PhraseSet TableSignals = new(["信息内容", "申请人情况", "本年新收", "未经复议", "第二十条"]);

    public static IReadOnlyList<Block> Locate(HtmlBlockWriter page)
    {
        var blocks = page.Blocks;

        // Table cells only need their raw text searched; only text outside tables can be a heading or the title.
        var tokens = new Token?[blocks.Count];
        var signals = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Grid is not null)
            {
                if (TableSignals.IsFoundIn(b.Text))
                {
                    signals.Add(i);
                }

                continue;
            }

            var t = tokens[i] = Token.Of(i, b);
            if (SectionMatcher.Match(t, Templates.Sections) is not null)
            {
                signals.Add(i);
            }
        }

        if (signals.Count < 2)
        {
            return blocks;
        }

        var container = CommonAncestor(signals.Select(i => page.Origins[i]).Distinct().ToList());
        if (container is null)
        {
            return blocks;
        }

        var inside = Enumerable.Range(0, blocks.Count).Where(i => IsWithin(page.Origins[i], container)).ToList();
        var first = inside[0];
        var kept = new List<Block>();
        var title = Enumerable.Range(Math.Max(0, first - 40), first - Math.Max(0, first - 40)).Reverse()
            .FirstOrDefault(i => tokens[i] is { } t && TitleChooser.MayBeOwnTitle(t), -1);
        if (title >= 0 && !inside.Take(10).Any(i => tokens[i] is { } t && TitleReader.IsTitle(t)))
        {
            // An agency line printed just above a year-only title ("某某局" / "2024年政府信息公开工作年度报告").
            if (title > 0 && tokens[title - 1] is { IsValue: false } before && before.Folded.Length <= 30)
            {
                kept.Add(blocks[title - 1]);
            }

            kept.Add(blocks[title]);
        }

        kept.AddRange(inside.Select(i => blocks[i]));
        return kept;
    }

    private static IElement? CommonAncestor(List<IElement> elements)
    {
        var candidate = elements[0];
        while (candidate is not null && !elements.All(e => IsWithin(e, candidate)))
        {
            candidate = candidate.ParentElement;
        }

        return candidate;
    }

    // Walking up is depth-bounded; INode.Contains would search the ancestor's whole subtree for every block.
    private static bool IsWithin(IElement element, IElement ancestor)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (ReferenceEquals(e, ancestor))
            {
                return true;
            }
        }

        return false;
    }
}
