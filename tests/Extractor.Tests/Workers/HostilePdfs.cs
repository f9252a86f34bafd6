using System.Globalization;
using System.Text;

namespace Extractor.Tests.Workers;

/// <summary>
/// Small PDFs whose object graph attacks a reader's recursion: each killed the whole run with a stack overflow inside
/// PdfPig before reading moved into worker processes. Made here, byte by byte, with a correct cross-reference table.
/// </summary>
public static class HostilePdfs
{
    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /// <summary>Every attack, by a name that says what it does.</summary>
    public static IReadOnlyDictionary<string, byte[]> All() => new Dictionary<string, byte[]>
    {
        ["self-referencing-resources"] = SelfReferencingResources(),
        ["mutual-references"] = MutualReferences(),
        ["reference-chain"] = ReferenceChain(100_000),
        ["deep-page-tree"] = DeepPageTree(100_000),
        ["forms-drawing-each-other"] = FormsDrawingEachOther(),
    };

    /// <summary>A page whose /Resources is an object that is a reference to itself.</summary>
    public static byte[] SelfReferencingResources() => Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 5 0 R /Contents 4 0 R >>",
        Stream("BT /F1 12 Tf 72 720 Td (hello) Tj ET"),
        "5 0 R");

    /// <summary>Resources that are a reference to an object that is a reference back.</summary>
    public static byte[] MutualReferences() => Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 5 0 R /Contents 4 0 R >>",
        Stream("BT /F1 12 Tf 72 720 Td (hello) Tj ET"),
        "6 0 R",
        "5 0 R");

    /// <summary>Resources reached through <paramref name="length"/> indirect references, each to the next.</summary>
    public static byte[] ReferenceChain(int length)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 5 0 R /Contents 4 0 R >>",
            Stream("BT /F1 12 Tf 72 720 Td (hello) Tj ET"),
        };
        for (var i = 0; i < length; i++)
        {
            objects.Add(string.Create(CultureInfo.InvariantCulture, $"{objects.Count + 2} 0 R"));
        }

        objects.Add($"<< /Font << /F1 {objects.Count + 2} 0 R >> >>");
        objects.Add(Font);
        return Pdf([.. objects]);
    }

    /// <summary>A page tree <paramref name="depth"/> levels deep, one kid per level, the page at the bottom.</summary>
    public static byte[] DeepPageTree(int depth)
    {
        var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>" };
        for (var level = 0; level < depth; level++)
        {
            var number = objects.Count + 1;
            var parent = level == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" /Parent {number - 1} 0 R");
            objects.Add(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{number + 1} 0 R] /Count 1{parent} >>"));
        }

        var page = objects.Count + 1;
        objects.Add(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent {page - 1} 0 R /MediaBox [0 0 595 842] /Contents {page + 1} 0 R >>"));
        objects.Add(Stream("BT /F1 12 Tf 72 720 Td (hello) Tj ET"));
        return Pdf([.. objects]);
    }

    /// <summary>Two form XObjects, each drawing the other.</summary>
    public static byte[] FormsDrawingEachOther() => Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X1 5 0 R >> >> /Contents 4 0 R >>",
        Stream("/X1 Do"),
        Stream("/X2 Do", "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X2 6 0 R >> >>"),
        Stream("/X1 Do", "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X1 5 0 R >> >>"));

    private static string Stream(string content, string dictionary = "") =>
        string.Create(CultureInfo.InvariantCulture, $"<< {dictionary} /Length {content.Length} >>\nstream\n{content}\nendstream");

    /// <summary>Objects numbered from 1 in order, with the cross-reference table and trailer a reader expects.</summary>
    private static byte[] Pdf(params string[] objects)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new long[objects.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            offsets[i] = text.Length;
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
