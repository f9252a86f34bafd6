using Extractor.Readers;

namespace Extractor.Crawler.Fetching;

/// <summary>What a downloaded body is, by its bytes: servers send PDFs as text/html and pages as octet-stream.</summary>
public enum ContentKind
{
    Html,
    Pdf,
    OfficeZip,
    OfficeLegacy,
    Text,
    Image,
    OtherBinary,
}

public static class ContentSniffer
{
    /// <summary>Enough of a body to tell its kind.</summary>
    public const int HeadBytes = 4096;

    public static ContentKind Sniff(ReadOnlySpan<byte> head, string url)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ||
            head.StartsWith("GIF8"u8) || head.StartsWith("BM"u8) && head.Length > 14 && head[6] == 0 && head[7] == 0)
        {
            return ContentKind.Image;
        }

        var format = FormatSniffer.Sniff(head, url);
        switch (format)
        {
            case DocumentFormat.Pdf:
                return ContentKind.Pdf;
            case DocumentFormat.OfficeZip:
                return ContentKind.OfficeZip;
            case DocumentFormat.OfficeLegacy:
                return ContentKind.OfficeLegacy;
            case DocumentFormat.Html:
                return ContentKind.Html;
        }

        // The readers' sniffer calls everything else text; a crawler must not archive a zip or an exe as a report.
        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x09 || b is > 0x0D and < 0x20)
            {
                controls++;
            }
        }

        return head.Length > 0 && controls * 20 > head.Length ? ContentKind.OtherBinary : ContentKind.Text;
    }

    /// <summary>The kinds worth keeping as documents.</summary>
    public static bool IsDocument(this ContentKind kind) => kind is not (ContentKind.Image or ContentKind.OtherBinary);

    public static string MediaType(this ContentKind kind) => kind switch
    {
        ContentKind.Html => "text/html",
        ContentKind.Pdf => "application/pdf",
        ContentKind.OfficeZip => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ContentKind.OfficeLegacy => "application/msword",
        ContentKind.Text => "text/plain",
        ContentKind.Image => "image/*",
        _ => "application/octet-stream",
    };

    /// <summary>Whether the server's Content-Type names the kind the bytes are (charset and all kept then).</summary>
    public static bool Agrees(this ContentKind kind, string? contentType)
    {
        var media = (contentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        return kind switch
        {
            ContentKind.Html => media is "text/html" or "application/xhtml+xml",
            ContentKind.Pdf => media is "application/pdf",
            ContentKind.OfficeZip => media.Contains("openxmlformats", StringComparison.Ordinal),
            ContentKind.OfficeLegacy => media is "application/msword" or "application/vnd.ms-works" or "application/kswps" or "application/wps-office.wps",
            ContentKind.Text => media.StartsWith("text/", StringComparison.Ordinal),
            ContentKind.Image => media.StartsWith("image/", StringComparison.Ordinal),
            _ => false,
        };
    }
}
