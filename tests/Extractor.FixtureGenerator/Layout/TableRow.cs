namespace Extractor.FixtureGenerator.Layout;

/// <summary>What a table row is for; renderers treat data rows and printed-as-is rows differently.</summary>
public enum RowRole
{
    Header,
    Group,
    Data,

    /// <summary>A line that text extraction produced as a whole (a shredded PDF header line): printed as it is by every renderer.</summary>
    Verbatim,
}

public sealed record TableRow(RowRole Role, IReadOnlyList<TableCell> Cells)
{
    public static TableRow Of(RowRole role, params TableCell[] cells) => new(role, cells);

    public static TableRow Line(string text) => new(RowRole.Verbatim, [new TableCell(text)]);
}
