using System.Text;

namespace Extractor.Readers.Docx;

/// <summary>
/// A password-protected DOCX is not a ZIP but an OLE compound file holding an EncryptedPackage stream (MS-OFFCRYPTO),
/// so it arrives looking like a legacy DOC; the stream's name, in UTF-16, tells the two apart.
/// </summary>
public static class OfficeEncryption
{
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");

    public static bool IsEncryptedPackage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) && bytes.IndexOf(EncryptedPackage) >= 0;
}
