using System.Text;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>How a scraper saved the text: the project's default UTF-8, or what Windows tools write.</summary>
public static class TextEncodings
{
    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>Notepad-style: byte-order mark and CRLF line ends.</summary>
    public static byte[] Utf8BomCrlf(string text) =>
        [.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(false).GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))];

    /// <summary>GBK, what a Chinese-locale Windows tool writes by default.</summary>
    public static byte[] Gbk(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gbk", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text);
    }
}
