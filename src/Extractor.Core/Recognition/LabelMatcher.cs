using System.Runtime.CompilerServices;
using Extractor.Core.Schema;
using Extractor.Core.Text;

namespace Extractor.Core.Recognition;

/// <summary>Matches folded labels against one table's rows, groups and header words.</summary>
public sealed class LabelMatcher
{
    private readonly TableSchema table;
    private readonly (RowSchema Row, string[] Aliases, string[] Context)[] rows;
    private readonly (GroupSchema Group, string[] Aliases)[] groups;
    private readonly PhraseSet headerWords;
    private readonly PhraseSet anchors;

    private static readonly ConditionalWeakTable<TableSchema, LabelMatcher> Cache = [];

    private LabelMatcher(TableSchema table)
    {
        this.table = table;
        rows = [.. table.Rows.Select(r => (r, r.Aliases.Select(LabelFold.Fold).ToArray(), r.ContextAliases.Select(LabelFold.Fold).ToArray()))];
        groups = [.. table.Groups.Select(g => (g, g.Aliases.Select(LabelFold.Fold).ToArray()))];
        headerWords = new PhraseSet(table.HeaderWords.Select(LabelFold.Fold));
        anchors = new PhraseSet(table.Anchors.Select(LabelFold.Fold));
    }

    /// <summary>The matcher of a table; folded aliases are computed once per schema, not once per document.</summary>
    public static LabelMatcher For(TableSchema table) => Cache.GetValue(table, t => new LabelMatcher(t));

    public TableSchema Table => table;

    public bool IsAnchor(string folded) => folded.Length <= 60 && anchors.IsFoundIn(folded);

    public bool HasHeaderWord(string folded) => headerWords.IsFoundIn(folded);

    public GroupSchema? MatchGroup(string folded)
    {
        GroupSchema? best = null;
        var bestLength = 0;
        foreach (var (group, aliases) in groups)
        {
            foreach (var a in aliases)
            {
                if (a.Length > bestLength && folded.Contains(a, StringComparison.Ordinal))
                {
                    best = group;
                    bestLength = a.Length;
                }
            }
        }

        return best;
    }

    /// <summary>The row a label names, given the group the label stands in (for labels that only make sense there).</summary>
    public RowSchema? MatchRow(string folded, string? currentGroup)
    {
        RowSchema? best = null;
        var bestLength = 0;
        string? bare = null;
        foreach (var (row, aliases, context) in rows)
        {
            foreach (var a in aliases)
            {
                if (a.Length > bestLength && folded.Contains(a, StringComparison.Ordinal))
                {
                    best = row;
                    bestLength = a.Length;
                }
            }

            if (best is null && context.Length > 0 && row.Group is { } g && InGroup(currentGroup, g)
                && context.Contains(bare ??= LabelFold.WithoutEnumerator(folded)))
            {
                best = row;
                bestLength = bare.Length;
            }
        }

        return best;
    }

    private bool InGroup(string? current, string wanted)
    {
        for (var g = current; g is not null; g = table.Groups.FirstOrDefault(x => x.Key == g)?.Parent)
        {
            if (g == wanted)
            {
                return true;
            }
        }

        return false;
    }
}
