namespace Extractor.Core.Regions;

/// <summary>How an agency's region was decided, the <c>how</c> column of agencies.csv.</summary>
public enum PlacementHow
{
    /// <summary>The place names of the agency's name (from the report's title) fit exactly one division.</summary>
    Title,

    /// <summary>A sources CSV gave the region code (it wins over the title).</summary>
    Sources,

    /// <summary>The name fits several divisions: left empty, the candidates in the note.</summary>
    Ambiguous,

    /// <summary>No division name found in the agency's name (or no agency name).</summary>
    Unmatched,
}

public static class PlacementHowNames
{
    public static string ToCsv(this PlacementHow how) => how switch
    {
        PlacementHow.Title => "title",
        PlacementHow.Sources => "sources",
        PlacementHow.Ambiguous => "ambiguous",
        PlacementHow.Unmatched => "unmatched",
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };
}
