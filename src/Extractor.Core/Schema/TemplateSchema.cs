namespace Extractor.Core.Schema;

/// <summary>Everything the recogniser and the checks know about one era's template. The algorithm is generic; this is data.</summary>
/// <param name="Markers">Labels found only in this era's tables; the era whose markers a document holds most is its era.</param>
public sealed record TemplateSchema(
    Era Era,
    IReadOnlyList<SectionSchema> Sections,
    IReadOnlyList<TableSchema> Tables,
    IReadOnlyList<string> Markers,
    IReadOnlyList<Identity> Identities,
    IReadOnlyList<NarrativeFact> Narrative)
{
    /// <summary>Every cell of the era, in table, row, column order.</summary>
    public IReadOnlyList<CellKey> Cells { get; } = [.. Tables.SelectMany(t => t.Cells)];

    public TableSchema Table(string key) => Tables.First(t => t.Key == key);

    public TableSchema? TableOfSection(int section) => Tables.FirstOrDefault(t => t.Section == section);

    public ColumnSchema Column(CellKey key) =>
        Table(key.Table).Row(key.Row).Columns.First(c => c.Key == key.Column);

    public static TemplateSchema For(Era era) => era switch
    {
        Era.Template2021 => Templates.Template2021,
        Era.Template2019 => Templates.Template2019,
        _ => throw new ArgumentOutOfRangeException(nameof(era)),
    };

    public static IReadOnlyList<TemplateSchema> All { get; } = [Templates.Template2021, Templates.Template2019];
}
