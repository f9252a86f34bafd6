using Extractor.Core.Documents;
using Extractor.Core.Schema;
using Extractor.Core.Text;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition;

/// <summary>A block as the recogniser sees it: its folded text, and whether it reads as a cell value.</summary>
public sealed record Token(int Index, Block Block, string Folded, bool IsValue)
{
    public int Line => Block.Line;

    public string Raw => Block.Text;

    public bool IsBlank => IsValue && Folded.Length == 0;

    /// <summary>Prose, not a label: sentences end in 。 and labels are short.</summary>
    public bool IsProse { get; } = Folded.Length > 80 || Folded.Contains('。', StringComparison.Ordinal);

    /// <summary>
    /// The section this token heads, against the sections both eras share. Worked out once: the body locator, the
    /// report boundary and each era's walk all ask.
    /// </summary>
    public int? Heading { get; } = SectionMatcher.Match(Folded, IsValue, Templates.Sections);

    public static IReadOnlyList<Token> From(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var tokens = new Token[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            tokens[i] = Of(i, blocks[i]);
        }

        return tokens;
    }

    public static Token Of(int index, Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return new(index, block, LabelFold.Fold(block.Text), CellValueParser.LooksLikeValue(block.Text));
    }
}
