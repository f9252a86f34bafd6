using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Extractor.Readers.Ocr;

/// <summary>
/// Reads the text of detected lines with PP-OCR's recognition model: each line cropped, scaled to 48 pixels high, read
/// in batches of similar width, and decoded greedily (CTC: the most probable class per step, repeats and blanks
/// dropped); a line read with any character below 0.95 is read again with its grey levels stretched
/// (<see cref="InkContrast"/>) and the two readings weighed (<see cref="SecondReading"/>). Each character keeps the
/// model's probability and where in the line it was read, so a line that crosses a table rule can be split by the
/// layout code like a PDF's letters.
/// </summary>
public sealed class TextRecogniser(InferenceSession session, IReadOnlyList<string> characters)
{
    public const int LineHeight = 48;

    /// <summary>A line wider than this many times its height is read scaled down (a page-wide line is about 60).</summary>
    private const int MaxAspect = 80;

    private const int BatchSize = 8;

    private const int MinWidth = 320;

    /// <summary>A batch holds crops whose padded widths differ by at most this factor.</summary>
    private const double BatchWidthRatio = 1.5;

    public List<OcrLine> Read(GreyImage image, IReadOnlyList<TextBox> boxes)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(boxes);
        var ink = image.InkThreshold();
        var crops = boxes.Select(b => Tight(image, b, ink)).ToList();
        var lines = ReadCrops(image, crops, c => c);
        var unsure = Enumerable.Range(0, lines.Count).Where(i => SecondReading.Wanted(lines[i])).ToList();
        if (unsure.Count == 0)
        {
            return lines;
        }

        // The second view is the crop with its grey levels stretched. Either view alone reads some pages better: the
        // stretch made the lone digits of the LibreOffice-printed fixtures sure (52 of 398 number lines below 0.95
        // before, none after) but read the small or thin print of Chromium-printed pages worse (a 0 as '。'), so the
        // scan as it is stays the first reading and the stretched one only confirms or disputes it. Of the views tried
        // as the second (stretched, a wider margin, a narrower one), this kept the most cells on ten scans.
        var again = ReadCrops(image, [.. unsure.Select(i => crops[i])], InkContrast.Stretch);
        for (var k = 0; k < unsure.Count; k++)
        {
            lines[unsure[k]] = SecondReading.Weigh(lines[unsure[k]], again[k]);
        }

        return lines;
    }

    /// <summary>The lines in <paramref name="boxes"/>, in their order, each crop seen through <paramref name="view"/>.</summary>
    private List<OcrLine> ReadCrops(GreyImage image, IReadOnlyList<TextBox> boxes, Func<GreyImage, GreyImage> view)
    {
        // Batches of similar widths waste the least padding.
        var crops = boxes
            .Select((b, i) => (Box: b, Index: i, Width: Math.Clamp((int)Math.Ceiling(LineHeight * b.Width / Math.Max(1, b.Height)), 8, LineHeight * MaxAspect)))
            .OrderBy(c => c.Width)
            .ToList();
        var lines = new OcrLine[crops.Count];
        for (var start = 0; start < crops.Count;)
        {
            // The model reads a short crop differently when it is padded far beyond its width: a lone 0 batched with a long
            // line was read as '。' at 0.51, alone as 0 at 0.94. The few lines read a second time are of any width, so a
            // batch stops where the widths part.
            var limit = BatchWidthRatio * Math.Max(MinWidth, crops[start].Width);
            var batch = crops.Skip(start).Take(BatchSize).TakeWhile(c => Math.Max(MinWidth, c.Width) <= limit).ToList();
            // Padded to at least the model's training width (320), as PaddleOCR does: short inputs read poorly.
            var width = Math.Max(MinWidth, batch.Max(c => c.Width));
            var input = new DenseTensor<float>([batch.Count, 3, LineHeight, width]);
            var buffer = input.Buffer.Span;
            for (var n = 0; n < batch.Count; n++)
            {
                var crop = view(Crop(image, batch[n].Box)).Resize(batch[n].Width, LineHeight);
                for (var c = 0; c < 3; c++)
                {
                    var plane = buffer.Slice(((n * 3) + c) * LineHeight * width, LineHeight * width);
                    for (var y = 0; y < LineHeight; y++)
                    {
                        for (var x = 0; x < crop.Width; x++)
                        {
                            plane[(y * width) + x] = (crop[x, y] / 127.5f) - 1f;
                        }
                    }
                }
            }

            var name = session.InputMetadata.Keys.First();
            using var outputs = session.Run([NamedOnnxValue.CreateFromTensor(name, input)]);
            var output = outputs.First().AsTensor<float>();
            var steps = output.Dimensions[1];
            var classes = output.Dimensions[2];
            var scores = output is DenseTensor<float> dense ? dense.Buffer.ToArray() : output.ToArray();
            for (var n = 0; n < batch.Count; n++)
            {
                lines[batch[n].Index] = Decode(scores.AsSpan(n * steps * classes, steps * classes), steps, classes, (double)width / steps, (batch[n].Box, batch[n].Width));
            }

            start += batch.Count;
        }

        return [.. lines];
    }

    private OcrLine Decode(ReadOnlySpan<float> scores, int steps, int classes, double stepWidth, (TextBox Box, int Width) crop)
    {
        var box = crop.Box;
        var toImage = box.Width / crop.Width;
        var result = new List<OcrCharacter>();
        var previous = 0;
        var runStart = 0;
        var runConfidence = 0f;
        for (var t = 0; t <= steps; t++)
        {
            var best = 0;
            var bestScore = 0f;
            if (t < steps)
            {
                var row = scores.Slice(t * classes, classes);
                for (var k = 0; k < classes; k++)
                {
                    if (row[k] > bestScore)
                    {
                        bestScore = row[k];
                        best = k;
                    }
                }
            }

            if (t < steps && best == previous)
            {
                runConfidence = Math.Max(runConfidence, bestScore);
                continue;
            }

            // The run of `previous` ended at t - 1.
            if (previous != 0 && previous - 1 < characters.Count)
            {
                var left = box.Left + (runStart * stepWidth * toImage);
                var right = box.Left + (t * stepWidth * toImage);
                result.Add(new OcrCharacter(characters[previous - 1], left, Math.Min(right, box.Right), runConfidence));
            }

            previous = best;
            runStart = t;
            runConfidence = bestScore;
        }

        return new OcrLine(box.Left, box.Top, box.Right, box.Bottom, result);
    }

    /// <summary>
    /// The box cut down to its ink rows, with a margin of an eighth of their height: the detector's box around a short
    /// text (a lone digit in a cell) is far taller than the glyph, and the model reads a glyph small in its crop poorly.
    /// </summary>
    private static TextBox Tight(GreyImage image, TextBox box, int ink)
    {
        var left = Math.Clamp((int)box.Left, 0, image.Width - 1);
        var right = Math.Clamp((int)Math.Ceiling(box.Right), left + 1, image.Width);
        var top = Math.Clamp((int)box.Top, 0, image.Height - 1);
        var bottom = Math.Clamp((int)Math.Ceiling(box.Bottom), top + 1, image.Height);
        int first = -1, last = -1;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                if (image[x, y] < ink)
                {
                    if (first < 0)
                    {
                        first = y;
                    }

                    last = y;
                    break;
                }
            }
        }

        if (first < 0)
        {
            return box;
        }

        var margin = Math.Max(2, (last - first + 1) / 8.0);
        return box with { Top = Math.Max(box.Top, first - margin), Bottom = Math.Min(box.Bottom, last + 1 + margin) };
    }

    private static GreyImage Crop(GreyImage image, TextBox box)
    {
        var left = Math.Clamp((int)Math.Floor(box.Left), 0, image.Width - 1);
        var top = Math.Clamp((int)Math.Floor(box.Top), 0, image.Height - 1);
        var right = Math.Clamp((int)Math.Ceiling(box.Right), left + 1, image.Width);
        var bottom = Math.Clamp((int)Math.Ceiling(box.Bottom), top + 1, image.Height);
        var w = right - left;
        var h = bottom - top;
        var pixels = new byte[w * h];
        for (var y = 0; y < h; y++)
        {
            Array.Copy(image.Pixels, ((top + y) * image.Width) + left, pixels, y * w, w);
        }

        return new GreyImage(w, h, pixels);
    }
}
