using System.Buffers;

namespace Extractor.Core.Text;

/// <summary>
/// Phrases looked for in labels, many times per document: whether a text contains any of them. A text holding none of
/// the phrases' first characters is ruled out by one vectorised search, which is what most texts are.
/// </summary>
public sealed class PhraseSet
{
    private readonly string[] phrases;
    private readonly SearchValues<char> firstCharacters;

    public PhraseSet(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        this.phrases = [.. phrases];
        if (this.phrases.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("an empty phrase would be found in every text", nameof(phrases));
        }

        firstCharacters = SearchValues.Create([.. this.phrases.Select(p => p[0]).Distinct()]);
    }

    public bool IsFoundIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(firstCharacters))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
