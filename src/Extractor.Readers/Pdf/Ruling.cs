namespace Extractor.Readers.Pdf;

/// <summary>
/// A straight horizontal or vertical rule drawn on a page, in PDF points. A horizontal ruling lies at y =
/// <see cref="Position"/> from x = <see cref="Start"/> to <see cref="End"/>; a vertical one the other way round.
/// </summary>
public readonly record struct Ruling(bool Horizontal, double Position, double Start, double End)
{
    public double Length => End - Start;

    public static Ruling Across(double y, double x1, double x2) => new(true, y, Math.Min(x1, x2), Math.Max(x1, x2));

    public static Ruling Down(double x, double y1, double y2) => new(false, x, Math.Min(y1, y2), Math.Max(y1, y2));
}
