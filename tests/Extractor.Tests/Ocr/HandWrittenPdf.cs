using System.Globalization;
using System.Text;

namespace Extractor.Tests.Ocr;

/// <summary>
/// One-page PDFs written byte by byte for tests: the content stream and image XObjects as given, offsets exact, and
/// Helvetica as /F1 for text.
/// </summary>
public static class HandWrittenPdf
{
    public static byte[] OnePage(string content, double width = 595, double height = 842, params string[] images)
    {
        var objects = new List<string> { "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>" };
        var xobjects = new StringBuilder();
        foreach (var image in images)
        {
            objects.Add(image);
            xobjects.Append(CultureInfo.InvariantCulture, $"/Im{objects.Count - 1} {objects.Count} 0 R ");
        }

        objects.Add($"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream");
        var contentId = objects.Count;
        objects.Add(FormattableString.Invariant($"<< /Type /Page /Parent {objects.Count + 2} 0 R /MediaBox [0 0 {width} {height}] /Contents {contentId} 0 R /Resources << /Font << /F1 1 0 R >> /XObject << {xobjects}>> >> >>"));
        var pageId = objects.Count;
        objects.Add($"<< /Type /Pages /Count 1 /Kids [{pageId} 0 R] >>");
        objects.Add($"<< /Type /Catalog /Pages {objects.Count} 0 R >>");

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root {objects.Count} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A grey image of the given size, uncompressed, all one grey.</summary>
    public static string GreyImage(int width, int height) =>
        $"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length {width * height} >>\nstream\n{new string('x', width * height)}\nendstream";
}
