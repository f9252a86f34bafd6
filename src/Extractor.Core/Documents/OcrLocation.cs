using System.Globalization;

namespace Extractor.Core.Documents;

/// <summary>
/// A box on a scanned page (PDF points from the bottom-left corner) whose text was read by OCR, with the lowest
/// probability the model gave any of its characters: <c>page 2 box 70,512.3,160,530 ocr 0.97</c>.
/// </summary>
public sealed record OcrLocation(int Page, double Left, double Bottom, double Right, double Top, double Confidence) : SourceLocation
{
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"page {Page} box {Left:0.#},{Bottom:0.#},{Right:0.#},{Top:0.#} ocr {Math.Floor(Confidence * 100) / 100:0.00}");
}
