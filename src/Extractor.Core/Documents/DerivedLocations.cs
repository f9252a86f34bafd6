using System.Globalization;

namespace Extractor.Core.Documents;

/// <summary>A stretch of characters inside a block that held a whole report on one line (flattened scraped text).</summary>
public sealed record SpanLocation(SourceLocation Within, int Start, int Length) : SourceLocation
{
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Within.Describe()} chars {Start + 1}-{Start + Length}");
}

/// <summary>
/// A cell read from a run of digits that held several cells, or placed in a row that printed fewer numbers than its
/// columns: only where the template's identities admitted exactly one reading. The note says which part of the run,
/// and always ends in <see cref="Marker"/>, so that recovered cells can be told from printed ones.
/// </summary>
public sealed record RecoveredLocation(SourceLocation Printed, string Note) : SourceLocation
{
    /// <summary>The words every recovered cell's location ends with.</summary>
    public const string Marker = "read by the identities";

    public override string Describe() => $"{Printed.Describe()} {Note}, {Marker}";
}
