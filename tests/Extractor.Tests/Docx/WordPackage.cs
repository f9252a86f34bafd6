using System.IO.Compression;
using System.Text;

namespace Extractor.Tests.Docx;

/// <summary>Small Word packages built in memory, for the cases a word processor will not write on request.</summary>
public static class WordPackage
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A DOCX whose body is <paramref name="body"/> (WordprocessingML with the w prefix).</summary>
    /// <param name="body">The body's content.</param>
    /// <param name="ns">The WordprocessingML namespace (transitional or strict).</param>
    /// <param name="part">Where the document part is stored.</param>
    /// <param name="target">The relationship's target for it, when it is written otherwise than the part's name.</param>
    /// <param name="rels">The relationships part itself, replacing the usual one.</param>
    public static byte[] Package(string body, string ns = W, string part = "word/document.xml", string? target = null, string? rels = null) =>
        Zip(
            ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"""),
            ("_rels/.rels", rels ?? $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{target ?? part}"/></Relationships>"""),
            (part, Document(body, ns)));

    public static string Document(string body, string ns = W) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{ns}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}</w:body></w:document>""";

    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
