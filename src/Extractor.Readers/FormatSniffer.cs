using System.Text;

namespace Extractor.Readers;

/// <summary>
/// Decides a document's format from its magic bytes first (servers and file names lie), the file extension second.
/// </summary>
public static class FormatSniffer
{
    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<table", "<p>", "<p ", "<title", "<script", "<!--"];

    public static DocumentFormat Sniff(ReadOnlySpan<byte> bytes, string? source)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return DocumentFormat.Pdf;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return DocumentFormat.OfficeZip;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return DocumentFormat.OfficeLegacy;
        }

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]).TrimStart('\ufeff', '\u00ef', '\u00bb', '\u00bf', ' ', '\r', '\n', '\t');
        if (head.StartsWith('<') && HtmlMarkers.Any(m => head.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return DocumentFormat.Html;
        }

        var ext = Path.GetExtension(source ?? string.Empty).ToLowerInvariant();
        return ext is ".html" or ".htm" or ".shtml" or ".xhtml" ? DocumentFormat.Html : DocumentFormat.Text;
    }

    /// <summary>The value of the <c>format</c> column.</summary>
    public static string ToCsv(this DocumentFormat format, string? source) => format switch
    {
        DocumentFormat.Text => "txt",
        DocumentFormat.Html => "html",
        DocumentFormat.Pdf => "pdf",
        DocumentFormat.OfficeZip => Path.GetExtension(source ?? string.Empty).ToLowerInvariant() is ".docx" ? "docx" : "zip",
        DocumentFormat.OfficeLegacy => Path.GetExtension(source ?? string.Empty).ToLowerInvariant() is ".wps" ? "wps" : "doc",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
