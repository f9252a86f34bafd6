using Extractor.Core.Schema;

namespace Extractor.Core.Recognition;

/// <summary>What one walk over a document's tokens against one era's schema found.</summary>
public sealed class TableWalk
{
    public List<RowCapture> Rows { get; } = [];

    /// <summary>Cells of tables printed as one run (table 4), by table key.</summary>
    public Dictionary<string, List<Token>> Runs { get; } = [];

    /// <summary>Header text of tables printed as one run, by table key: with a grid, they say where the run's columns stand.</summary>
    public Dictionary<string, List<Token>> RunHeaders { get; } = [];

    /// <summary>Section headings in document order.</summary>
    public List<(int Section, Token Heading)> Headings { get; } = [];

    /// <summary>Tokens that belong to table structure (labels, headers, values), not to the sections' prose.</summary>
    public HashSet<int> TableTokens { get; } = [];

    /// <summary>Numbers that appeared inside a table where no row was open to take them.</summary>
    public List<Token> StrayValues { get; } = [];

    /// <summary>Tables whose anchors or rows were seen at all.</summary>
    public HashSet<string> TablesSeen { get; } = [];

    public List<string> Notes { get; } = [];

    public TemplateSchema? Schema { get; init; }
}
