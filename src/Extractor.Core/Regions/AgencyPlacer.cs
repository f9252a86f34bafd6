using Extractor.Core.Text;

namespace Extractor.Core.Regions;

/// <summary>
/// Places one agency: a sources CSV's code wins; otherwise the place names of its name, where they fit exactly one
/// division.
/// </summary>
public sealed class AgencyPlacer(RegionMatcher matcher)
{
    public static AgencyPlacer Shared { get; } = new(RegionMatcher.Shared);

    public RegionDirectory Directory => matcher.Directory;

    /// <param name="sourceCode">The region code a sources CSV gave for the agency's reports, or null.</param>
    public AgencyPlacement Place(string? agency, string? sourceCode)
    {
        var name = agency ?? string.Empty;
        var match = matcher.Match(agency);
        var whole = RegionMatcher.Normalise(agency);
        if (!string.IsNullOrWhiteSpace(sourceCode))
        {
            return FromSources(name, sourceCode, match, whole);
        }

        if (match.Division is { } division)
        {
            return Placement(name, null, division, match.Body, whole, PlacementHow.Title, match.Note);
        }

        var how = match.IsAmbiguous ? PlacementHow.Ambiguous : PlacementHow.Unmatched;
        return new AgencyPlacement(name, null, null, null, AgencyKinds.Of(match.Body, whole, null), how, match.Note, Key(null, whole));
    }

    private AgencyPlacement FromSources(string name, string sourceCode, PlaceMatch match, string whole)
    {
        var given = Directory.Find(sourceCode);
        if (given is null)
        {
            return new AgencyPlacement(name, sourceCode, null, null, AgencyKinds.Of(match.Body, whole, null), PlacementHow.Sources,
                $"{sourceCode} is not in the division list ({RegionDirectory.DataSource})", Key(sourceCode, match.Division is null ? whole : match.Body));
        }

        // A township's report listed under its county's code: the title names the township within it.
        if (match.Division is { } titled && Directory.Contains(given, titled) && titled.Level == RegionLevel.Township)
        {
            return Placement(name, sourceCode, titled, match.Body, whole, PlacementHow.Sources, $"township {titled.Name} from the title, within the sources' {given.Name}");
        }

        string? note = null;
        var body = whole;
        if (match.Candidates.Any(c => c.Code == given.Code || Directory.Contains(c, given)))
        {
            body = match.Body;
        }
        else if (match.Division is { } other)
        {
            if (other.Code == given.Code || Directory.Contains(other, given))
            {
                body = match.Body;
            }
            else
            {
                note = $"the title names {Directory.PathOf(other)} ({other.Code}); the sources CSV's code is kept";
            }
        }

        return Placement(name, sourceCode, given, body, whole, PlacementHow.Sources, note);
    }

    private AgencyPlacement Placement(string name, string? sourceCode, Division division, string body, string whole, PlacementHow how, string? note) =>
        new(name, sourceCode, division, Directory.PathOf(division), AgencyKinds.Of(body, whole, division.Level), how, note, Key(division.Code, body));

    /// <summary>The region's code and the body's folded name (spaces and punctuation ignored); without a region, the whole name.</summary>
    private static string Key(string? code, string body) =>
        $"{code}|{string.Concat(LabelFold.Fold(body).Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)))}";
}
