namespace Extractor.Core.Regions;

/// <summary>What the place names in an agency's name say about where it is.</summary>
/// <param name="Division">The one division the names fit, or null.</param>
/// <param name="Candidates">Where the names fit several divisions (朝阳区: Beijing's and Changchun's), all of them.</param>
/// <param name="Body">The name after its place names (人民政府办公室, 市场监督管理局), or the whole name where none was found.</param>
/// <param name="FormerName">The name used a former name of the division (徐水县 for 徐水区).</param>
/// <param name="Note">Why nothing or more than one division fits, or how the one was found, in a sentence.</param>
public sealed record PlaceMatch(Division? Division, IReadOnlyList<Division> Candidates, string Body, bool FormerName, string? Note)
{
    public bool IsAmbiguous => Division is null && Candidates.Count > 1;
}
