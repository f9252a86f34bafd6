using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Extractor.Readers.Pdf;

/// <summary>
/// Finds the rules a table's borders are drawn with among a page's vector paths. Printers draw them three ways:
/// stroked lines (LibreOffice), stroked rectangles, and thin filled rectangles (Chromium, Word). Curves, clipping
/// paths, white paint and large filled areas (cell shading) are not rules.
/// </summary>
public static class RulingExtractor
{
    /// <summary>A filled rectangle thinner than this is a rule drawn as a bar.</summary>
    public const double MaxBarThickness = 3.0;

    /// <summary>A segment shorter than this (a dot, a tick, a glyph fragment) is not a rule.</summary>
    public const double MinLength = 2.0;

    private const double AxisSlack = 0.5;

    /// <summary>The rules on a page, or null when the page draws more path commands than <paramref name="maxCommands"/>.</summary>
    public static List<Ruling>? Extract(IEnumerable<PdfPath> paths, int maxCommands)
    {
        var rulings = new List<Ruling>();
        var commands = 0;
        foreach (var path in paths)
        {
            if (path.IsClipping || !(path.IsFilled || path.IsStroked))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                commands += subpath.Commands.Count;
                if (commands > maxCommands)
                {
                    return null;
                }

                if (path.IsStroked && !IsWhite(path.StrokeColor))
                {
                    AddStrokes(subpath, rulings);
                }
                else if (path.IsFilled && !IsWhite(path.FillColor))
                {
                    AddBar(subpath, rulings);
                }
            }
        }

        return rulings;
    }

    /// <summary>Each axis-aligned straight segment of a stroked subpath, the closing segment included.</summary>
    private static void AddStrokes(PdfSubpath subpath, List<Ruling> rulings)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, rulings);
                    start ??= line.From;
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(c, s, rulings);
                    current = s;
                    break;
                case PdfSubpath.CubicBezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, List<Ruling> rulings)
    {
        var dx = Math.Abs(to.X - from.X);
        var dy = Math.Abs(to.Y - from.Y);
        if (dy <= AxisSlack && dx >= MinLength)
        {
            rulings.Add(Ruling.Across((from.Y + to.Y) / 2, from.X, to.X));
        }
        else if (dx <= AxisSlack && dy >= MinLength)
        {
            rulings.Add(Ruling.Down((from.X + to.X) / 2, from.Y, to.Y));
        }
    }

    /// <summary>A filled subpath that is a thin axis-aligned rectangle: one rule along its long side.</summary>
    private static void AddBar(PdfSubpath subpath, List<Ruling> rulings)
    {
        if (subpath.Commands.OfType<PdfSubpath.CubicBezierCurve>().Any())
        {
            return;
        }

        var box = subpath.GetBoundingRectangle();
        if (box is not { } b || !IsRectangle(subpath))
        {
            return;
        }

        var width = b.Right - b.Left;
        var height = b.Top - b.Bottom;
        if (height <= MaxBarThickness && width >= MinLength && width > height)
        {
            rulings.Add(Ruling.Across((b.Top + b.Bottom) / 2, b.Left, b.Right));
        }
        else if (width <= MaxBarThickness && height >= MinLength && height > width)
        {
            rulings.Add(Ruling.Down((b.Left + b.Right) / 2, b.Bottom, b.Top));
        }
    }

    /// <summary>Every straight segment of the subpath runs along an axis (a rectangle, drawn with re or as four lines).</summary>
    private static bool IsRectangle(PdfSubpath subpath)
    {
        if (subpath.IsDrawnAsRectangle)
        {
            return true;
        }

        var lines = subpath.Commands.OfType<PdfSubpath.Line>().ToList();
        return lines.Count is >= 3 and <= 5 && lines.All(l =>
            Math.Abs(l.From.X - l.To.X) <= AxisSlack || Math.Abs(l.From.Y - l.To.Y) <= AxisSlack);
    }

    /// <summary>Whether paint of this colour is white (a page background, a cell's white fill).</summary>
    public static bool IsWhite(IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        try
        {
            var (r, g, b) = color.ToRGBValues();
            return r > 0.95 && g > 0.95 && b > 0.95;
        }
        catch (InvalidOperationException)
        {
            // Pattern and other colour spaces without an RGB form: count the paint as visible.
            return false;
        }
    }
}
