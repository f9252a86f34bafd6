namespace Extractor.Readers.Ocr;

/// <summary>A character read by OCR: its horizontal extent in image pixels and the model's probability for it.</summary>
public readonly record struct OcrCharacter(string Text, double Left, double Right, double Confidence);

/// <summary>A text line found by the detector, its box in image pixels (top-left origin) and its characters.</summary>
public sealed record OcrLine(double Left, double Top, double Right, double Bottom, IReadOnlyList<OcrCharacter> Characters)
{
    public string Text => string.Concat(Characters.Select(c => c.Text));
}
