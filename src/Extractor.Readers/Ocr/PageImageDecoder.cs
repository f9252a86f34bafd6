using SkiaSharp;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Extractor.Readers.Ocr;

/// <summary>
/// The grey pixels of a PDF page's image: a JPEG (DCTDecode) as stored, anything PdfPig can turn into PNG (Flate,
/// LZW, run-length; grey, RGB, CMYK, indexed) through it, both decoded by SkiaSharp. Images over
/// <see cref="MaxPixels"/> are refused before they are decoded, so a hostile size cannot exhaust memory.
/// </summary>
public static class PageImageDecoder
{
    /// <summary>An A3 page at 600 dpi is about 70 million pixels; a report page scanned at 300 dpi under 10 million.</summary>
    public const long MaxPixels = 80_000_000;

    public static GreyImage Decode(IPdfImage image, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(image);
        failure = null;
        if ((long)image.WidthInSamples * image.HeightInSamples > MaxPixels)
        {
            failure = $"image of {image.WidthInSamples}×{image.HeightInSamples} pixels (bound {MaxPixels / 1_000_000} million)";
            return Empty;
        }

        byte[]? encoded = null;
        if (IsJpeg(image))
        {
            encoded = image.RawMemory.ToArray();
        }
        else if (image.TryGetPng(out var png))
        {
            encoded = png;
        }

        if (encoded is null)
        {
            failure = $"image in a form not decoded ({Filter(image) ?? "unknown filter"})";
            return Empty;
        }

        using var codec = SKCodec.Create(new SKMemoryStream(encoded));
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            failure = codec is null ? "image data that cannot be decoded" : "image larger than its dictionary says";
            return Empty;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            failure = $"image data that cannot be decoded ({result})";
            return Empty;
        }

        return Grey(bitmap);
    }

    /// <summary>The grey levels of an RGBA bitmap (8 bits a channel, red first), by the eye's weights.</summary>
    public static GreyImage Grey(SKBitmap bitmap)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        var rgba = bitmap.GetPixelSpan();
        var grey = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            var row = rgba.Slice(y * bitmap.RowBytes, 4 * bitmap.Width);
            for (var x = 0; x < bitmap.Width; x++)
            {
                var p = row.Slice(4 * x, 4);
                grey[(y * bitmap.Width) + x] = (byte)(((77 * p[0]) + (150 * p[1]) + (29 * p[2])) >> 8);
            }
        }

        return new GreyImage(bitmap.Width, bitmap.Height, grey);
    }

    private static GreyImage Empty => new(0, 0, []);

    private static bool IsJpeg(IPdfImage image) => Filter(image) is "DCTDecode" or "DCT";

    private static string? Filter(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var token))
        {
            return null;
        }

        return token switch
        {
            NameToken name => name.Data,
            ArrayToken array when array.Data.Count > 0 && array.Data[^1] is NameToken last => last.Data,
            _ => null,
        };
    }
}
