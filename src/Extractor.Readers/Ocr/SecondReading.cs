namespace Extractor.Readers.Ocr;

/// <summary>
/// A line the model was unsure of is read a second way, and the two readings are weighed character by character.
/// A character both readings agree on (the same text in the same order) is as sure as the surer reading: two views of
/// the same ink read alike, and accepting it is no riskier than having read the page with that view alone. A character
/// the readings disagree on (read differently, or seen by one only) is no surer than the less sure of them, whatever
/// the first reading said of it: which reading is right is not known, so the value that holds it must be confirmed by
/// an identity or left out. The first reading's text is kept either way; the second only lends or takes confidence.
/// </summary>
public static class SecondReading
{
    /// <summary>A line with any character below this is read a second way.</summary>
    public const double UnsureBelow = 0.95;

    public static bool Wanted(OcrLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Characters.Any(c => Printed(c) && c.Confidence < UnsureBelow);
    }

    public static OcrLine Weigh(OcrLine first, OcrLine second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = first.Characters.Where(Printed).ToList();
        var b = second.Characters.Where(Printed).ToList();
        var matched = Matches(a, b);
        var doubt = b.Select(c => c.Confidence).DefaultIfEmpty(0).Min();
        var weighed = new List<OcrCharacter>(first.Characters.Count);
        var i = 0;
        foreach (var c in first.Characters)
        {
            if (!Printed(c))
            {
                weighed.Add(c);
                continue;
            }

            weighed.Add(matched.TryGetValue(i, out var j)
                ? c with { Confidence = Math.Max(c.Confidence, b[j].Confidence) }
                : c with { Confidence = Math.Min(c.Confidence, doubt) });
            i++;
        }

        return first with { Characters = weighed };
    }

    /// <summary>The longest common subsequence of the two readings' texts: index in the first to index in the second.</summary>
    private static Dictionary<int, int> Matches(List<OcrCharacter> a, List<OcrCharacter> b)
    {
        var length = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                length[i, j] = a[i].Text == b[j].Text ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        var matches = new Dictionary<int, int>();
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a[i].Text == b[j].Text)
            {
                matches[i++] = j++;
            }
            else if (length[i + 1, j] >= length[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return matches;
    }

    private static bool Printed(OcrCharacter c) => !string.IsNullOrWhiteSpace(c.Text);
}
