using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Extractor.Core.Documents;
using Extractor.Core.Text;

namespace Extractor.Readers.Docx;

/// <summary>
/// Reads a Word document (DOCX, the Office Open XML package) into blocks: its main part's paragraphs, and its tables
/// with their grid slots (gridSpan, vMerge), as the HTML reader does for a page. Says why a ZIP is not read: cut off,
/// corrupt, another kind of package, or a part that unpacks to more than a report could hold.
/// </summary>
public static class DocxReader
{
    public const string Format = "docx";

    /// <summary>The format named for a ZIP that could not be opened or holds no Word document.</summary>
    public const string PackageFormat = "zip";

    /// <summary>
    /// A report's document.xml is well under 5 MB; far above this the package is a bomb or not a report (and its tree
    /// would take some fifteen times its size in memory).
    /// </summary>
    public const long MaxPartBytes = 16L << 20;

    /// <summary>Word declares about forty namespaces; the XML reader's cost grows with the square of their number.</summary>
    public const int MaxNamespaceDeclarations = 1000;

    /// <summary>Word nests a few dozen elements deep even in tables within tables; the walk recurses per level.</summary>
    public const int MaxDepth = 256;

    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string StrictOfficeDocument = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    public static ReadOutcome Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            return ReadOutcome.Failed(PackageFormat, $"truncated or corrupt ZIP package: it cannot be opened ({Excerpt.OneLine(e.Message)})");
        }

        using (zip)
        {
            try
            {
                return ReadPackage(zip);
            }
            catch (InvalidDataException e)
            {
                return ReadOutcome.Failed(Format, $"corrupt DOCX: a part cannot be unpacked ({Excerpt.OneLine(e.Message)})");
            }
            catch (XmlException e)
            {
                return ReadOutcome.Failed(Format, $"corrupt DOCX: the document part is not well-formed XML ({Excerpt.OneLine(e.Message)})");
            }
        }
    }

    private static ReadOutcome ReadPackage(ZipArchive zip)
    {
        var entry = MainPart(zip);
        if (entry is null)
        {
            return ReadOutcome.Failed(PackageFormat, NotWord(zip));
        }

        if (entry.IsEncrypted)
        {
            return ReadOutcome.Failed(Format, "the document part is encrypted inside the ZIP: it cannot be read without a password");
        }

        if (entry.Length > MaxPartBytes)
        {
            return ReadOutcome.Failed(Format, $"the document part unpacks to {entry.Length / 1048576.0:0} MB (limit {MaxPartBytes >> 20} MB): a ZIP bomb or not a report");
        }

        var xml = Unpack(entry);
        if (xml is null)
        {
            return ReadOutcome.Failed(Format, $"the document part unpacks to more than the {MaxPartBytes >> 20} MB limit: a ZIP bomb or not a report");
        }

        if (xml.AsSpan().Count("xmlns"u8) > MaxNamespaceDeclarations)
        {
            return ReadOutcome.Failed(Format, $"the document part declares more than {MaxNamespaceDeclarations} XML namespaces: not a report (Word declares about forty)");
        }

        if (Depth(xml) > MaxDepth)
        {
            return ReadOutcome.Failed(Format, $"the document part nests elements more than {MaxDepth} deep: not a report (a word processor nests a few dozen)");
        }

        var document = Load(xml);
        var blocks = DocxBlockWriter.Write(document);
        return blocks.Count == 0
            ? ReadOutcome.Failed(Format, "the document has no text (only images or empty)")
            : ReadOutcome.Read(DocumentContent.Of(Format, blocks));
    }

    /// <summary>
    /// The main document part, as the package's relationships name it (word/document.xml as a rule). Part names are
    /// URIs relative to the package root and compared without regard to case; a relationships part that cannot be
    /// read leaves the usual name.
    /// </summary>
    private static ZipArchiveEntry? MainPart(ZipArchive zip)
    {
        string? target = null;
        var rels = Find(zip, "_rels/.rels");
        if (rels is not null && !rels.IsEncrypted && rels.Length <= MaxPartBytes && Unpack(rels) is { } relsXml)
        {
            try
            {
                target = Load(relsXml).Root?.Elements()
                    .Where(r => r.Attribute("Type")?.Value is OfficeDocument or StrictOfficeDocument)
                    .Select(r => r.Attribute("Target")?.Value)
                    .FirstOrDefault(t => t is not null);
            }
            catch (XmlException)
            {
                target = null;
            }
        }

        var named = target is null ? null : PartName(target);
        return (named is null ? null : Find(zip, named)) ?? Find(zip, "word/document.xml");
    }

    /// <summary>A relationship target as a part name: ./word/document.xml, /word/doc%75ment.xml → word/document.xml.</summary>
    private static string? PartName(string target)
    {
        if (!Uri.TryCreate(new Uri("pack://package/"), target, out var resolved) || resolved.Host != "package")
        {
            return null;
        }

        return Uri.UnescapeDataString(resolved.AbsolutePath).TrimStart('/');
    }

    private static ZipArchiveEntry? Find(ZipArchive zip, string name) =>
        zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));

    private static string NotWord(ZipArchive zip)
    {
        if (zip.GetEntry("content.xml") is not null && zip.GetEntry("mimetype") is not null)
        {
            return "an OpenDocument file (ODT/WPS cloud format), not read by this version yet";
        }

        if (zip.GetEntry("xl/workbook.xml") is not null)
        {
            return "a spreadsheet (XLSX), not a report document";
        }

        if (zip.GetEntry("ppt/presentation.xml") is not null)
        {
            return "a presentation (PPTX), not a report document";
        }

        return $"a ZIP archive but not a Word document (no main document part among its {zip.Entries.Count} entries)";
    }

    /// <summary>
    /// The entry's bytes, or null beyond the limit. The ZIP reader stops at an entry's declared size already; counting
    /// here too keeps the bound whatever the entry claims.
    /// </summary>
    private static byte[]? Unpack(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream((int)Math.Min(entry.Length, 1 << 20));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxPartBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // No DTDs and no resolver: a document part never needs one, and a hostile one could use it to read files.
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    private static XDocument Load(byte[] xml)
    {
        using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), Settings);
        return XDocument.Load(reader, LoadOptions.None);
    }

    /// <summary>How deep the part's elements nest, read without building them (the walk after it recurses).</summary>
    private static int Depth(byte[] xml)
    {
        using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), Settings);
        var deepest = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth > deepest)
            {
                deepest = reader.Depth;
                if (deepest > MaxDepth)
                {
                    break;
                }
            }
        }

        return deepest;
    }
}
