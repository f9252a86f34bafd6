using System.Buffers;
using Extractor.Core.Schema;
using Extractor.Core.Text;

namespace Extractor.Core.Recognition;

/// <summary>Counts, for each era, the labels only its tables have. The era is decided from labels, never from the year.</summary>
public static class EraDetector
{
    private static readonly (Era Era, string[] Markers, SearchValues<char> FirstCharacters)[] Folded =
        [.. TemplateSchema.All.Select(s => s.Markers.Select(LabelFold.Fold).ToArray()).Zip(TemplateSchema.All, (m, s) => (s.Era, m, SearchValues.Create([.. m.Select(x => x[0]).Distinct()])))];

    public static IReadOnlyDictionary<Era, int> MarkerCounts(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var counts = new Dictionary<Era, int>();
        foreach (var (era, markers, firsts) in Folded)
        {
            var count = 0;
            foreach (var t in tokens)
            {
                // A marker's first character is a cheap, vectorised test that rules out most labels at once.
                if (!t.IsValue && !t.IsProse && t.Folded.AsSpan().ContainsAny(firsts) && ContainsAny(t.Folded, markers))
                {
                    count++;
                }
            }

            counts[era] = count;
        }

        return counts;
    }

    private static bool ContainsAny(string folded, string[] markers)
    {
        foreach (var m in markers)
        {
            if (folded.Contains(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
