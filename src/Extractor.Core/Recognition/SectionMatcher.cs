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
        if (token.IsValue || token.IsProse || token.Folded.Length > 40)
        {
            return null;
        }

        // Keywords first: they are plain substring tests and reject almost every token before any regex runs.
        var folded = token.Folded;
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

    // Plain loops: this runs on every token of every document.
    private static int? MatchKeywords(string text, IReadOnlyList<SectionSchema> sections)
    {
        for (var s = 0; s < sections.Count; s++)
        {
            var sets = sections[s].KeywordSets;
            for (var k = 0; k < sets.Count; k++)
            {
                var set = sets[k];
                var all = true;
                for (var w = 0; w < set.Count && all; w++)
                {
                    all = text.Contains(set[w], StringComparison.Ordinal);
                }

                if (all)
                {
                    return sections[s].Number;
                }
            }
        }

        return null;
    }
}
