using System.Globalization;
using System.IO.Compression;
using System.Text;
using Extractor.Tests.Docx;
using Extractor.Tests.Workers;

namespace Extractor.Benchmarks;

/// <summary>
/// One document of every hostile class a run must survive: PDF structure attacks, a 10,000-page PDF, HTML nesting,
/// misnesting and attribute floods, a text of millions of lines, DOCX ZIP bombs and nesting floods.
/// </summary>
public static class HostileCorpus
{
    /// <returns>The names written, each one document.</returns>
    public static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var documents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, bytes) in HostilePdfs.All())
        {
            documents[name + ".pdf"] = bytes;
        }

        documents["ten-thousand-pages.pdf"] = ManyPages(10_000);
        documents["nesting-flood.html"] = Utf8("<html><body>" + Repeat("<div>", 59_000) + "x" + Repeat("</div>", 59_000) + "</body></html>");
        documents["misnesting-flood.html"] = Utf8("<html><body>" + Repeat("<b><i>x</b></i>", 29_000) + "</body></html>");
        documents["attribute-flood.html"] = Utf8("<html><body><div " + string.Concat(Enumerable.Range(0, 1_800_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"a{i}=1 "))) + ">x</div></body></html>");
        documents["line-flood.txt"] = Utf8(Repeat("12\n", 6_500_000));
        documents["cell-flood.txt"] = Utf8(Repeat(string.Join('|', Enumerable.Repeat("1", 40)) + "\n", 240_000));
        documents["zip-bomb.docx"] = ZipBomb(1L << 30);
        documents["nesting-flood.docx"] = WordPackage.Package(Repeat("<w:sdt><w:sdtContent>", 100_000) + WordPackage.Paragraph("x") + Repeat("</w:sdtContent></w:sdt>", 100_000));
        foreach (var (name, bytes) in documents)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        return [.. documents.Keys];
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    /// <summary>A page tree of <paramref name="pages"/> pages, all drawing one shared content stream.</summary>
    private static byte[] ManyPages(int pages)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<long>();
        void Add(string body)
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        const string content = "BT /F1 12 Tf 72 720 Td (page) Tj ET";
        Add("<< /Type /Catalog /Pages 2 0 R >>");
        Add($"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p + 5} 0 R")))}] /Count {pages} >>");
        Add(string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream"));
        Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (var p = 0; p < pages; p++)
        {
            Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>");
        }

        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A Word package whose document part unpacks to <paramref name="unpacked"/> bytes of spaces.</summary>
    private static byte[] ZipBomb(long unpacked)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[]
            {
                ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"""),
                ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
            })
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }

            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < unpacked; written += spaces.Length)
            {
                stream.Write(spaces);
            }
        }

        return buffer.ToArray();
    }
}
