using System.Text.RegularExpressions;
using Extractor.Core.Schema;

namespace Extractor.Core.Recognition;

/// <summary>
/// Walks the token stream once against an era's schema: section headings and table anchors say which table is
/// current, group labels give context, row labels open rows, and value tokens fill the open row. A value only
/// joins a row printed on its own line (a delimited row) or, where the label stood alone, the next values up to
/// the row's width: values never flow from one printed row into another.
/// </summary>
public sealed partial class TableWalker
{
    private readonly TemplateSchema schema;
    private readonly Dictionary<string, LabelMatcher> matchers;
    private readonly TableWalk walk;
    private LabelMatcher? current;
    private int? section;
    private string? group;
    private RowCapture? open;

    private TableWalker(TemplateSchema schema)
    {
        this.schema = schema;
        matchers = schema.Tables.ToDictionary(t => t.Key, LabelMatcher.For);
        walk = new TableWalk { Schema = schema };
    }

    public static TableWalk Walk(TemplateSchema schema, IReadOnlyList<Token> tokens)
    {
        var walker = new TableWalker(schema);
        foreach (var token in tokens)
        {
            walker.Step(token);
        }

        walker.CloseRow();
        return walker.walk;
    }

    private void Step(Token token)
    {
        if (token.IsValue)
        {
            TakeValue(token);
            return;
        }

        if (SectionMatcher.Match(token, schema.Sections) is { } heading)
        {
            CloseRow();
            walk.Headings.Add((heading, token));
            section = heading;
            group = null;
            var table = schema.TableOfSection(heading);
            current = table is null ? null : matchers[table.Key];
            return;
        }

        if (token.IsProse)
        {
            CloseRowIfFilled();
            return;
        }

        // Anchors start a table where no heading did; inside a prose section (一, 五, 六) a label-like line is prose.
        var inProse = current is null && section is not null && schema.TableOfSection(section.Value) is null;
        foreach (var m in matchers.Values)
        {
            if (!inProse && m != current && m.IsAnchor(token.Folded))
            {
                CloseRow();
                current = m;
                group = null;
                break;
            }
        }

        if (current is null)
        {
            return;
        }

        walk.TableTokens.Add(token.Index);
        if (current.Table.Layout == TableLayout.SingleRun)
        {
            if (current.MatchRow(token.Folded, null) is { } runRow)
            {
                walk.RunRowLabels[(current.Table.Key, token.Line)] = runRow;
            }

            return;
        }

        var (label, glued) = SplitGluedNumber(token.Folded);
        var matchedGroup = current.MatchGroup(label);
        if (matchedGroup is not null)
        {
            CloseRow();
            group = matchedGroup.Key;
        }

        var row = current.MatchRow(label, group);
        if (row is not null)
        {
            CloseRow();
            open = new RowCapture(current.Table, row, token) { GluedNumber = glued };
            return;
        }

        if (matchedGroup is not null)
        {
            if (glued is not null)
            {
                walk.Notes.Add($"ignored '{glued}' glued to the group label '{token.Raw.Trim()}' ({token.Block.Location})");
            }

            return;
        }

        if (open is null)
        {
            return;
        }

        if (token.Line == open.Label.Line && !current.HasHeaderWord(token.Folded))
        {
            open.Take(token);
        }
        else if (open.Cells.Count == 0 && token.Line != open.Label.Line && !StartsAnotherRow(token.Folded))
        {
            open.Continuation.Add(token);
        }
        else
        {
            CloseRow();
        }
    }

    private void TakeValue(Token token)
    {
        if (open is not null)
        {
            if (token.Line == open.Label.Line)
            {
                open.Take(token);
                walk.TableTokens.Add(token.Index);
                return;
            }

            if (!open.HasCellsOnLabelLine && open.FilledCells < open.Width)
            {
                open.Take(token);
                walk.TableTokens.Add(token.Index);
                return;
            }

            CloseRow();
        }

        if (current is null)
        {
            return;
        }

        walk.TableTokens.Add(token.Index);
        if (current.Table.Layout == TableLayout.SingleRun)
        {
            if (!walk.Runs.TryGetValue(current.Table.Key, out var run))
            {
                walk.Runs[current.Table.Key] = run = [];
            }

            if (run.Count < RowCapture.MaxCells)
            {
                run.Add(token);
            }
        }
        else if (!token.IsBlank)
        {
            walk.StrayValues.Add(token);
        }
    }

    private void CloseRowIfFilled()
    {
        if (open is not null && open.Cells.Count > 0)
        {
            CloseRow();
        }
    }

    private void CloseRow()
    {
        if (open is not null)
        {
            walk.Rows.Add(open);
            open = null;
        }
    }

    /// <summary>
    /// An unknown label that opens with its own enumerator (1.申请人无正当理由逾…, a label wrapped in a narrow PDF
    /// column) is another row, not the rest of the open row's label: the values after it are not the open row's.
    /// A sub-item line (其中：网上申请) is a row of its own too, one the template does not have.
    /// </summary>
    private static bool StartsAnotherRow(string folded) =>
        Text.LabelFold.WithoutEnumerator(folded).Length < folded.Length
        || folded.StartsWith("其中", StringComparison.Ordinal) || folded.Contains(':', StringComparison.Ordinal);

    /// <summary>三、本年度办理结果0 → (三、本年度办理结果, 0): scraped labels sometimes carry the next cell's digits.</summary>
    private static (string Label, string? Glued) SplitGluedNumber(string folded)
    {
        // The pattern's \d takes any decimal digit, so the quick test must too.
        if (folded.Length < 2 || !char.IsDigit(folded[^1]))
        {
            return (folded, null);
        }

        var m = GluedNumber().Match(folded);
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : (folded, null);
    }

    [GeneratedRegex(@"^(.*[\u4e00-\u9fff)）])(\d+(?:\.\d+)?)$")]
    private static partial Regex GluedNumber();
}
