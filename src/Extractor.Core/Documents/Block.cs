namespace Extractor.Core.Documents;

/// <summary>
/// One unit of text as a reader saw it. Every reader (text, HTML, PDF) yields the same sequence of blocks,
/// so the recogniser never knows which file format it is looking at.
/// </summary>
/// <param name="Text">The text as printed, untrimmed (raw values keep their spaces).</param>
/// <param name="Location">Where it was read.</param>
/// <param name="Line">
/// Blocks that the reader knows share one printed row (a pipe-separated line, an HTML &lt;tr&gt;) share this number;
/// a block alone on its line has a number of its own. Numbers increase through the document.
/// </param>
/// <param name="Grid">The slot in a rebuilt table grid, where the reader had a grid.</param>
public sealed record Block(string Text, SourceLocation Location, int Line, GridPosition? Grid = null);

/// <summary>A cell's place in a table grid (0-based), spans included.</summary>
public sealed record GridPosition(int Table, int Row, int Column, int RowSpan = 1, int ColumnSpan = 1);
