using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Extractor.Readers.Ocr;

/// <summary>A text region in image pixels (top-left origin).</summary>
public readonly record struct TextBox(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;
}

/// <summary>
/// Finds text lines with PP-OCR's DB detection model: the page scaled so its longer side is
/// <see cref="MaxSide"/> (multiples of 32), a per-pixel text probability out, regions above 0.3 taken as connected
/// components, kept where their mean probability is at least 0.6, and grown back by the margin the model was trained
/// to shrink them by (DB's "unclip", area × 1.5 / perimeter). A page scanned coarser is scaled up, not only a finer one
/// down: at 100 dpi a lone digit is about 13 pixels high and the model found it as two boxes, its upper and lower
/// half, each read as something else (a 0 as '1' and '，'); scaled to the size a 150 dpi page is read at, the same
/// scan read all of its 200 cells.
/// </summary>
public sealed class TextDetector(InferenceSession session)
{
    public const int MaxSide = 1600;

    private const float PixelThreshold = 0.3f;
    private const double BoxThreshold = 0.6;
    private const double UnclipRatio = 1.5;
    private static readonly float[] Mean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] Std = [0.229f, 0.224f, 0.225f];

    public List<TextBox> Detect(GreyImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var scale = (double)MaxSide / Math.Max(image.Width, image.Height);
        var w = Math.Max(32, (int)Math.Round(image.Width * scale / 32) * 32);
        var h = Math.Max(32, (int)Math.Round(image.Height * scale / 32) * 32);
        var small = image.Resize(w, h);

        var input = new DenseTensor<float>([1, 3, h, w]);
        var buffer = input.Buffer.Span;
        for (var c = 0; c < 3; c++)
        {
            var plane = buffer.Slice(c * w * h, w * h);
            for (var i = 0; i < plane.Length; i++)
            {
                plane[i] = ((small.Pixels[i] / 255f) - Mean[c]) / Std[c];
            }
        }

        var name = session.InputMetadata.Keys.First();
        using var outputs = session.Run([NamedOnnxValue.CreateFromTensor(name, input)]);
        var map = outputs.First().AsTensor<float>();
        var probability = map is DenseTensor<float> dense ? dense.Buffer.ToArray() : map.ToArray();

        var boxes = new List<TextBox>();
        foreach (var region in Regions(probability, w, h))
        {
            var (left, top, right, bottom, score) = region;
            var bw = right - left + 1;
            var bh = bottom - top + 1;
            if (score < BoxThreshold || Math.Min(bw, bh) < 2)
            {
                continue;
            }

            var grow = bw * bh * UnclipRatio / (2.0 * (bw + bh));
            var sx = (double)image.Width / w;
            var sy = (double)image.Height / h;
            boxes.Add(new TextBox(
                Math.Max(0, (left - grow) * sx),
                Math.Max(0, (top - grow) * sy),
                Math.Min(image.Width, (right + 1 + grow) * sx),
                Math.Min(image.Height, (bottom + 1 + grow) * sy)));
        }

        return boxes;
    }

    /// <summary>Connected regions (4-neighbour) of pixels above the threshold: their bounds and mean probability.</summary>
    private static List<(int Left, int Top, int Right, int Bottom, double Score)> Regions(float[] p, int w, int h)
    {
        var seen = new bool[p.Length];
        var stack = new Stack<int>();
        var regions = new List<(int, int, int, int, double)>();
        for (var start = 0; start < p.Length; start++)
        {
            if (seen[start] || p[start] <= PixelThreshold)
            {
                continue;
            }

            int left = w, top = h, right = 0, bottom = 0, count = 0;
            double sum = 0;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                int x = i % w, y = i / w;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y);
                sum += p[i];
                count++;
                Visit(i - 1, x > 0);
                Visit(i + 1, x < w - 1);
                Visit(i - w, y > 0);
                Visit(i + w, y < h - 1);
            }

            regions.Add((left, top, right, bottom, sum / count));
        }

        return regions;

        void Visit(int i, bool inside)
        {
            if (inside && !seen[i] && p[i] > PixelThreshold)
            {
                seen[i] = true;
                stack.Push(i);
            }
        }
    }
}
