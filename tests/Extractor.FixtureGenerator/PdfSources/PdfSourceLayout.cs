namespace Extractor.FixtureGenerator.PdfSources;

/// <summary>How a PDF source page is laid out beyond the template tables themselves.</summary>
public sealed record PdfSourceLayout
{
    /// <summary>Paragraphs of plain prose added to section 1, to push table 3 across a page break.</summary>
    public int ExtraOverviewParagraphs { get; init; }

    /// <summary>Table 3's header rows in a &lt;thead&gt;, which printers repeat at the top of every page the table reaches.</summary>
    public bool RepeatTableHeader { get; init; }

    /// <summary>Agency and title on one line (the default is two centred lines, agency first).</summary>
    public bool TitleOnOneLine { get; init; }

    /// <summary>Table 4's labels set one character per line (a line break after each character).</summary>
    public bool VerticalReviewHeader { get; init; }

    /// <summary>Tables printed without any rules: a reader has only the alignment of their columns.</summary>
    public bool Unruled { get; init; }

    /// <summary>
    /// One-line paragraphs added at the end of section 1: they move table 3 down line by line until the page break
    /// falls inside one of its tall rows, which the printer then splits over two pages.
    /// </summary>
    public int ShortParagraphs { get; init; }

    /// <summary>
    /// The report inside a portal's article page, printed whole: site header, breadcrumb, a 历年年报 side column of
    /// the agency's earlier reports (bulleted, names cut with "…"), the publication line and the site footer.
    /// </summary>
    public bool Portal { get; init; }

    /// <summary>
    /// Borders drawn per cell with a gap between neighbours (border-collapse: separate; border-spacing: 2px), the way
    /// &lt;table border="1"&gt; without cellspacing="0" prints.
    /// </summary>
    public bool SeparateBorders { get; init; }
}
