namespace Extractor.FixtureGenerator.Layout;

/// <summary>How the two-level header of table 4 is laid out (quirk 6).</summary>
public enum ReviewHeader
{
    /// <summary>As the template's HTML: 行政复议 | 行政诉讼, the five labels with 未经复议直接起诉 | 复议后起诉, the sub-labels twice.</summary>
    TemplateOrder,

    /// <summary>
    /// Vertically set labels read across the page by a PDF extractor: one line per character position, interleaving
    /// every column ("结 结 其 尚 总" / "果 果 他 未 计" / …).
    /// </summary>
    Shredded,
}
