using System.Buffers;
using System.Runtime.CompilerServices;
using Extractor.Core.Schema;
using Extractor.Core.Text;

namespace Extractor.Core.Recognition;

/// <summary>
/// Finds the six section headings by their core words, not their numerals (reports mis-number them). A table row
/// such as 四、结转下年度继续办理 looks like a heading but holds none of a heading's words, so it is not one.
/// </summary>
public static class SectionMatcher
{
    public static int? Match(Token token, IReadOnlyList<SectionSchema> sections)
    {
        ArgumentNullException.ThrowIfNull(token);
        return ReferenceEquals(sections, Templates.Sections) ? token.Heading : Match(token.Folded, token.IsValue, sections);
    }

    /// <param name="folded">The token's folded text.</param>
    /// <param name="isValue">Whether the token reads as a cell value (a value is never a heading).</param>
    /// <param name="sections">The sections to look for.</param>
    public static int? Match(string folded, bool isValue, IReadOnlyList<SectionSchema> sections)
    {
        ArgumentNullException.ThrowIfNull(folded);
        // Longer than any heading, so prose (sentences ending in 。, and anything over 80 characters) is out too.
        if (isValue || folded.Length > 40 || folded.Contains('。', StringComparison.Ordinal))
        {
            return null;
        }

        // Keywords first: they are plain substring tests and reject almost every token before any regex runs.
        if (MatchKeywords(folded, sections) is null)
        {
            return null;
        }

        var numbered = LabelFold.StartsWithSectionNumeral(folded);
        if (!numbered && folded.Length > 16)
        {
            return null;
        }

        // Without a section numeral only a short, unnumbered line counts: （五）存在的问题 is a sub-heading of section 1.
        var bare = LabelFold.WithoutEnumerator(folded);
        if (!numbered && bare.Length != folded.Length)
        {
            return null;
        }

        // The enumerator itself can hold a keyword's characters (一、 二、); match again on the text after it.
        return MatchKeywords(bare, sections);
    }

    private static readonly ConditionalWeakTable<IReadOnlyList<SectionSchema>, Keywords> Compiled = [];

    // Plain loops over arrays: this runs on every token of every document.
    private static int? MatchKeywords(string text, IReadOnlyList<SectionSchema> sections)
    {
        var keywords = Compiled.GetValue(sections, Keywords.Of);

        // Every keyword set needs its first word, so a text without any first word's first character holds none.
        if (!text.AsSpan().ContainsAny(keywords.FirstCharacters))
        {
            return null;
        }

        foreach (var (number, sets) in keywords.Sets)
        {
            foreach (var set in sets)
            {
                var all = true;
                for (var w = 0; w < set.Length && all; w++)
                {
                    all = text.Contains(set[w], StringComparison.Ordinal);
                }

                if (all)
                {
                    return number;
                }
            }
        }

        return null;
    }

    private sealed record Keywords((int Number, string[][] Sets)[] Sets, SearchValues<char> FirstCharacters)
    {
        public static Keywords Of(IReadOnlyList<SectionSchema> sections)
        {
            var sets = sections.Select(s => (s.Number, s.KeywordSets.Select(k => k.ToArray()).ToArray())).ToArray();
            if (sets.SelectMany(s => s.Item2).Any(k => k.Length == 0 || k[0].Length == 0))
            {
                throw new ArgumentException("a section's keyword set is empty, so it would match every line", nameof(sections));
            }

            var firsts = sets.SelectMany(s => s.Item2).Select(k => k[0][0]).Distinct().ToArray();
            return new Keywords(sets, SearchValues.Create(firsts));
        }
    }
}
