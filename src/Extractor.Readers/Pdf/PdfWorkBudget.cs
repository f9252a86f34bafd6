namespace Extractor.Readers.Pdf;

/// <summary>
/// Bounds on the work one PDF may cost, so a single pathological file cannot stall a run of thousands. A real
/// report is 3-30 pages of a few thousand letters and a few hundred rules each, read in well under a second.
/// </summary>
/// <param name="MaxPages">Pages read; later pages are left out and the document is marked cut short.</param>
/// <param name="MaxLettersPerPage">A page with more letters is skipped (it is not a report page).</param>
/// <param name="MaxPathCommandsPerPage">A page drawing more path commands is read without its tables' rulings.</param>
/// <param name="MaxRulingPairs">Rule comparisons allowed when clustering a page's rules into tables.</param>
/// <param name="MaxLetters">Letters read in the whole document.</param>
/// <param name="MaxSeconds">Wall-clock time for the whole document, checked between pages.</param>
public sealed record PdfWorkBudget(
    int MaxPages = 1000,
    int MaxLettersPerPage = 50_000,
    int MaxPathCommandsPerPage = 200_000,
    int MaxRulingPairs = 4_000_000,
    long MaxLetters = 3_000_000,
    double MaxSeconds = 60)
{
    public static PdfWorkBudget Default { get; } = new();
}
