using Extractor.Core.Schema;
using Extractor.Core.Text;

namespace Extractor.Core.Recognition;

/// <summary>Counts, for each era, the labels only its tables have. The era is decided from labels, never from the year.</summary>
public static class EraDetector
{
    private static readonly (Era Era, PhraseSet Markers)[] Folded =
        [.. TemplateSchema.All.Select(s => (s.Era, new PhraseSet(s.Markers.Select(LabelFold.Fold))))];

    public static IReadOnlyDictionary<Era, int> MarkerCounts(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var counts = new Dictionary<Era, int>();
        foreach (var (era, markers) in Folded)
        {
            var count = 0;
            foreach (var t in tokens)
            {
                if (!t.IsValue && !t.IsProse && markers.IsFoundIn(t.Folded))
                {
                    count++;
                }
            }

            counts[era] = count;
        }

        return counts;
    }
}
