namespace Extractor.Core.Schema;

/// <summary>A column of a template table.</summary>
public sealed record ColumnSchema(string Key, string Label, CellType Type);

/// <summary>
/// A row of a template table. <paramref name="Aliases"/> are core phrases that identify the row wherever they occur
/// in a label; <paramref name="ContextAliases"/> identify it only as the whole label (enumerator removed) and only
/// inside <paramref name="Group"/>, for labels such as 3.其他 that repeat under several groups.
/// </summary>
public sealed record RowSchema(
    string Key,
    string Label,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ColumnSchema> Columns,
    string? Group = null,
    IReadOnlyList<string>? ContextAliases = null)
{
    public IReadOnlyList<string> ContextAliases { get; init; } = ContextAliases ?? [];
}

/// <summary>A label that spans several rows (三、本年度办理结果, （三）不予公开) and gives them context.</summary>
public sealed record GroupSchema(string Key, IReadOnlyList<string> Aliases, string? Parent = null);

/// <summary>How a table's values are printed once flattened.</summary>
public enum TableLayout
{
    /// <summary>Each row label is followed by that row's values.</summary>
    LabelledRows,

    /// <summary>All values follow a header as one run, row by row (table 4: 15 cells in one line).</summary>
    SingleRun,
}

/// <summary>One of the template's three tables.</summary>
/// <param name="Key">The canonical table key (<c>active</c>, <c>applications</c>, <c>review_litigation</c>).</param>
/// <param name="Section">The section (1-6) whose heading introduces the table.</param>
/// <param name="Anchors">Labels that only occur in this table: seeing one means the table has begun, headings or not.</param>
/// <param name="HeaderWords">Words of header and group cells: text holding one is structure, never a value.</param>
public sealed record TableSchema(
    string Key,
    int Section,
    TableLayout Layout,
    IReadOnlyList<RowSchema> Rows,
    IReadOnlyList<GroupSchema> Groups,
    IReadOnlyList<string> Anchors,
    IReadOnlyList<string> HeaderWords)
{
    public IEnumerable<CellKey> Cells =>
        Rows.SelectMany(r => r.Columns.Select(c => new CellKey(Key, r.Key, c.Key)));

    public RowSchema Row(string key) => Rows.First(r => r.Key == key);
}
