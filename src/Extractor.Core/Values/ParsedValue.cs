namespace Extractor.Core.Values;

/// <summary>
/// The reading of one printed cell: a kind and number, or a <see cref="Problem"/> saying why the text is not a
/// value of its column (text where a count belongs, a unit the column cannot take).
/// </summary>
public sealed record ParsedValue(ValueKind Kind, decimal? Number, string? Problem = null, string? Note = null)
{
    public bool IsValue => Problem is null;

    public static ParsedValue Empty { get; } = new(ValueKind.Empty, null);

    public static ParsedValue NotApplicable { get; } = new(ValueKind.NotApplicable, null);

    public static ParsedValue Of(decimal number, string? note = null) => new(ValueKind.Number, number, null, note);

    public static ParsedValue Unreadable(string problem) => new(ValueKind.Empty, null, problem);
}
