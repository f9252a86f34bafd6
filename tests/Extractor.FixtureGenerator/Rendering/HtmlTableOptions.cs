namespace Extractor.FixtureGenerator.Rendering;

/// <summary>Which editor wrote a table into a portal page.</summary>
public enum HtmlTableMarkup
{
    /// <summary>A CMS editor's plain table: &lt;table border="1"&gt;, text straight in each &lt;td&gt;, empty cells as &lt;td&gt;&lt;/td&gt;.</summary>
    Plain,

    /// <summary>
    /// Pasted from Word: class=MsoNormalTable, every cell's text in &lt;p class=MsoNormal&gt;&lt;span&gt;, numbers in
    /// &lt;span lang=EN-US&gt; with &lt;o:p&gt;&lt;/o:p&gt;, empty cells holding &amp;nbsp;, long labels broken with &lt;br&gt;.
    /// </summary>
    Word,
}

/// <summary>How an HTML table is written; the grid (spans) always follows the template's layout.</summary>
public sealed record HtmlTableOptions
{
    public HtmlTableMarkup Markup { get; init; } = HtmlTableMarkup.Plain;

    /// <summary>The header rows above the first value row in &lt;thead&gt;, every header cell a &lt;th&gt;.</summary>
    public bool HeaderCellsAsTh { get; init; }

    /// <summary>Rows (by row key) whose last &lt;td&gt; the CMS never wrote: malformed output, the row one cell short.</summary>
    public IReadOnlySet<string> RowsMissingLastCell { get; init; } = new HashSet<string>();
}
