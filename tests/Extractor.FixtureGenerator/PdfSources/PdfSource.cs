namespace Extractor.FixtureGenerator.PdfSources;

/// <summary>
/// An HTML page that fixtures/pdf/make-pdfs.sh prints to PDF. It holds the values of the text fixture
/// <see cref="Basis"/> (the same report, printed another way), so its expectation is that fixture's truth.
/// </summary>
public sealed record PdfSource(string Name, string Basis, PdfSourceLayout Layout)
{
    public static IReadOnlyList<string> AllPrinters { get; } = ["libreoffice", "docx", "chromium"];

    /// <summary>The printers make-pdfs.sh uses (written to NAME.printers when not all of them).</summary>
    public IReadOnlyList<string> Printers { get; init; } = AllPrinters;
}
