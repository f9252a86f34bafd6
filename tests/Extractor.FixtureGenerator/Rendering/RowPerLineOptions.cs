namespace Extractor.FixtureGenerator.Rendering;

/// <summary>The variants of the one-row-per-line form (quirk 2).</summary>
public sealed record RowPerLineOptions
{
    public string Leading { get; init; } = string.Empty;

    public string Trailing { get; init; } = string.Empty;

    /// <summary>A cell spanning n columns is followed by n-1 padding pipes ("第二十条第（一）项 | |||").</summary>
    public bool SpanPadding { get; init; }

    /// <summary>Every data row but the last of its table ends in one more, empty, cell.</summary>
    public bool ExtraTrailingCell { get; init; }

    /// <summary>Every third row has two spaces before its pipes.</summary>
    public bool DoubleSpaceSomeRows { get; init; }
}
