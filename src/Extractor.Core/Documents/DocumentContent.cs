namespace Extractor.Core.Documents;

/// <summary>What a reader produced from one document: the format-neutral block sequence.</summary>
/// <param name="Format">The document format, as written to reports.csv (<c>txt</c>, <c>html</c>, <c>pdf</c>).</param>
/// <param name="Blocks">The blocks in reading order.</param>
/// <param name="Notes">Things the reader noticed that a person should know (encoding guessed, pages skipped).</param>
/// <param name="Truncation">Set when the reader sees the document was cut off (an HTML page without its end), saying how.</param>
public sealed record DocumentContent(string Format, IReadOnlyList<Block> Blocks, IReadOnlyList<string> Notes, string? Truncation = null)
{
    /// <summary>
    /// Set when one of the reader's work bounds (time, pages, letters) stopped it before the end, saying which: what
    /// was not read may hold anything, so every row of the document names it.
    /// </summary>
    public string? StoppedBy { get; init; }

    /// <summary>
    /// Pages (numbered from 1) that draw images or paths but hold no letters: a scanned page, or text drawn as outlines,
    /// in a document whose other pages were read. An OCR reader may read them.
    /// </summary>
    public IReadOnlyList<int> PagesWithoutText { get; init; } = [];

    public static DocumentContent Of(string format, IReadOnlyList<Block> blocks) => new(format, blocks, []);
}
