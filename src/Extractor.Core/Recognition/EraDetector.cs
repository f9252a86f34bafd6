using Extractor.Core.Schema;
using Extractor.Core.Text;

namespace Extractor.Core.Recognition;

/// <summary>Counts, for each era, the labels only its tables have. The era is decided from labels, never from the year.</summary>
public static class EraDetector
{
    private static readonly (Era Era, string[] Markers)[] Folded =
        [.. TemplateSchema.All.Select(s => (s.Era, s.Markers.Select(LabelFold.Fold).ToArray()))];

    public static IReadOnlyDictionary<Era, int> MarkerCounts(IReadOnlyList<Token> tokens)
    {
        var counts = new Dictionary<Era, int>();
        foreach (var (era, markers) in Folded)
        {
            counts[era] = tokens.Count(t => !t.IsValue && !t.IsProse && markers.Any(m => t.Folded.Contains(m, StringComparison.Ordinal)));
        }

        return counts;
    }
}
