using Extractor.Core.Schema;

namespace Extractor.Core.Recognition;

/// <summary>What one walk over a document's tokens against one era's schema found.</summary>
public sealed class TableWalk
{
    public List<RowCapture> Rows { get; } = [];

    /// <summary>Cells of tables printed as one run (table 4), by table key.</summary>
    public Dictionary<string, List<Token>> Runs { get; } = [];

    /// <summary>Row labels printed on a line of a run table (行政复议 | 0 | 0 …), by table key and line.</summary>
    public Dictionary<(string Table, int Line), RowSchema> RunRowLabels { get; } = [];

    /// <summary>Section headings in document order.</summary>
    public List<(int Section, Token Heading)> Headings { get; } = [];

    /// <summary>Tokens that belong to table structure (labels, headers, values), not to the sections' prose.</summary>
    public HashSet<int> TableTokens { get; } = [];

    /// <summary>Numbers that appeared inside a table where no row was open to take them.</summary>
    public List<Token> StrayValues { get; } = [];

    public List<string> Notes { get; } = [];

    public TemplateSchema? Schema { get; init; }
}
