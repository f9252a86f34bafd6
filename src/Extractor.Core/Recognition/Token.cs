using Extractor.Core.Documents;
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
    public bool IsProse => Folded.Contains('。', StringComparison.Ordinal) || Folded.Length > 80;

    public static IReadOnlyList<Token> From(IReadOnlyList<Block> blocks)
    {
        var tokens = new Token[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            tokens[i] = Of(i, blocks[i]);
        }

        return tokens;
    }

    public static Token Of(int index, Block block) =>
        new(index, block, LabelFold.Fold(block.Text), CellValueParser.LooksLikeValue(block.Text));
}
