using Extractor.Core.Schema;

namespace Extractor.FixtureGenerator.Rendering;

/// <summary>
/// A line of the document, with the template cells whose values it prints. Knowing where each value went lets the
/// expectations say which cells a cut or a dropped blank made unplaceable.
/// </summary>
public sealed record TextLine(string Text, IReadOnlyList<CellKey> Cells)
{
    public static TextLine Plain(string text) => new(text, []);
}
