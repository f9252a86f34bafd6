using UglyToad.PdfPig;

namespace Extractor.Benchmarks;

/// <summary>The PDFs a benchmark runs over: every file in a folder that PdfPig opens without a password, with its page count.</summary>
public sealed record PdfCorpus(IReadOnlyList<(string Path, byte[] Bytes)> Files, int Pages)
{
    public static PdfCorpus Load(string folder)
    {
        var files = new List<(string, byte[])>();
        var pages = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            try
            {
                using var document = PdfDocument.Open(bytes);
                pages += document.NumberOfPages;
                files.Add((path, bytes));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Encrypted and truncated fixtures measure nothing about reading speed.
            }
        }

        return new PdfCorpus(files, pages);
    }
}
