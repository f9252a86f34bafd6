namespace Extractor.Readers.Pdf;

/// <summary>Letters that share a baseline, left to right, with the text they spell.</summary>
public sealed record TextLine(IReadOnlyList<PageLetter> Letters, string Text, double Baseline, double Size, PdfBox Box)
{
    public double Left => Box.Left;

    public double Right => Box.Right;
}
