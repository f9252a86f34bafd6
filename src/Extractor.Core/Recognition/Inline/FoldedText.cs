using System.Text;
using Extractor.Core.Text;

namespace Extractor.Core.Recognition.Inline;

/// <summary>
/// A stretch of text folded character by character as labels are (<see cref="LabelFold"/>), with the raw position
/// of every folded character, so that a label found in the folded form (a traditional mirror, full-width brackets)
/// can be cut from the raw text.
/// </summary>
public sealed class FoldedText
{
    private FoldedText(string text, int[] raw)
    {
        Text = text;
        Raw = raw;
    }

    public string Text { get; }

    /// <summary>Raw[k]: where folded character k stands in the raw text; Raw[Text.Length]: the end of the stretch.</summary>
    public int[] Raw { get; }

    public static FoldedText Of(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(to - from);
        var raw = new List<int>(to - from + 1);
        for (var i = from; i < to; i++)
        {
            var f = LabelFold.Fold(text[i].ToString());
            foreach (var c in f)
            {
                sb.Append(c);
                raw.Add(i);
            }
        }

        raw.Add(to);
        return new FoldedText(sb.ToString(), [.. raw]);
    }
}
