using Extractor.Core.Schema;
using Extractor.Core.Text;

namespace Extractor.Core.Recognition;

/// <summary>Counts, for each era, the labels only its tables have. The era is decided from labels, never from the year.</summary>
public static class EraDetector
{
    public static IReadOnlyDictionary<Era, int> MarkerCounts(IReadOnlyList<Token> tokens)
    {
        var counts = new Dictionary<Era, int>();
        foreach (var schema in TemplateSchema.All)
        {
            var markers = schema.Markers.Select(LabelFold.Fold).ToArray();
            counts[schema.Era] = tokens.Count(t => !t.IsValue && !t.IsProse && markers.Any(m => t.Folded.Contains(m, StringComparison.Ordinal)));
        }

        return counts;
    }
}
