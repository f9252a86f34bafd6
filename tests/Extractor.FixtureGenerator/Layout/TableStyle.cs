using Extractor.Core.Schema;

namespace Extractor.FixtureGenerator.Layout;

/// <summary>Everything about how the three tables are laid out, apart from how rows are flattened to text.</summary>
public sealed record TableStyle
{
    public GroupPlacement Groups { get; init; } = GroupPlacement.OwnRow;

    public ApplicantHeader ApplicantHeader { get; init; } = ApplicantHeader.TemplateOrder;

    public ReviewHeader ReviewHeader { get; init; } = ReviewHeader.TemplateOrder;

    /// <summary>How narrow header cells of tables 3 and 4 break (table 2 headers are rewritten through <see cref="Labels"/>).</summary>
    public HeaderWrap Wrap { get; init; } = HeaderWrap.None;

    public SubTableHeaders SubTableHeaders { get; init; } = SubTableHeaders.Repeated;

    /// <summary>Printed text for a label, keyed by the template's text: wording variants, cut headers, instructions.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>A systematic rewrite of every row and group label after <see cref="Labels"/> (half-width brackets, other numbering).</summary>
    public Func<string, string> LabelForm { get; init; } = label => label;

    public LocalRow? ExtraActiveRow { get; init; }

    /// <summary>Text that is no cell, printed inside a row just before the given cell (the seed's lone U+00A0 lines).</summary>
    public IReadOnlyDictionary<CellKey, string> StrayBefore { get; init; } = new Dictionary<CellKey, string>();

    /// <summary>A line of noise right after the last table (the seed has a lone U+00A0 there).</summary>
    public string? AfterLastTable { get; init; }

    public string Label(string template) => Labels.TryGetValue(template, out var printed) ? printed : template;

    public string RowLabel(string template) => LabelForm(Label(template));
}
