using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>A rendered report: its lines (each knowing the cells it prints) and the narrative warnings its prose invites.</summary>
public sealed record ComposedDocument(IReadOnlyList<TextLine> Lines, IReadOnlyList<string> Warnings)
{
    public string Text => string.Join('\n', Lines.Select(l => l.Text)) + "\n";

    public IReadOnlySet<CellKey> PrintedCells => Lines.SelectMany(l => l.Cells).ToHashSet();

    /// <summary>The document as a download cut short right after the line that prints <paramref name="cell"/>.</summary>
    public ComposedDocument TruncatedAfter(CellKey cell)
    {
        var last = Lines.ToList().FindIndex(l => l.Cells.Contains(cell));
        if (last < 0)
        {
            throw new InvalidOperationException($"{cell} is not printed, so the document cannot be cut there");
        }

        return this with { Lines = [.. Lines.Take(last + 1)] };
    }
}
