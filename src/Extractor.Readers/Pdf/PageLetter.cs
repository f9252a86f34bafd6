namespace Extractor.Readers.Pdf;

/// <summary>
/// One glyph as the reader uses it: its text after look-alike repair, its box and baseline in PDF points
/// (origin bottom-left), and its size. Decoupled from PdfPig so layout code can be tested on synthetic letters.
/// </summary>
public readonly record struct PageLetter(string Text, double Left, double Right, double Bottom, double Top, double Baseline, double Size)
{
    public double CentreX => (Left + Right) / 2;

    public double CentreY => (Bottom + Top) / 2;

    /// <summary>A letter of a horizontal line at <paramref name="x"/>, one em wide, for tests and synthetic pages.</summary>
    public static PageLetter At(string text, double x, double baseline, double size = 10, double? width = null) =>
        new(text, x, x + (width ?? size), baseline - (0.12 * size), baseline + (0.88 * size), baseline, size);
}
