using System.Security.Cryptography;

namespace Extractor.Readers;

/// <summary>The <c>report_id</c>: the first 16 hex digits of the SHA-256 of the document's bytes.</summary>
public static class ReportIdentity
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}
