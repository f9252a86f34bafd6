using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace Extractor.Benchmarks;

/// <summary>
/// Makes a long PDF by copying the pages of one real fixture PDF over and over (never committed: made at run time).
/// One report repeated keeps the recogniser's work ordinary: every table printed again with the same values.
/// </summary>
public static class LargePdfMaker
{
    public static void Make(byte[] source, int pages, string path)
    {
        var documents = new List<PdfDocument> { PdfDocument.Open(source) };
        try
        {
            using var builder = new PdfDocumentBuilder();
            var added = 0;
            while (added < pages)
            {
                foreach (var document in documents)
                {
                    for (var p = 1; p <= document.NumberOfPages && added < pages; p++, added++)
                    {
                        builder.AddPage(document, p);
                    }
                }
            }

            File.WriteAllBytes(path, builder.Build());
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }
}
