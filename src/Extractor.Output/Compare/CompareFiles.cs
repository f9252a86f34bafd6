using System.Text;
using Extractor.Core.Regions;

namespace Extractor.Output.Compare;

/// <summary>Writes compare.csv and compare.html into a folder, each aside first and then renamed into place.</summary>
public static class CompareFiles
{
    /// <exception cref="IOException">A file could not be written or replaced.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    /// <param name="page">Whether to write compare.html too (not where the rows are too many for one page).</param>
    public static void Write(IReadOnlyList<CompareRow> rows, Division? region, string source, string folder, bool page = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(folder);
        var csv = Path.Combine(folder, $".{CompareCsv.FileName}.{Guid.NewGuid():N}.tmp");
        var html = Path.Combine(folder, $".{ComparePage.FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(csv, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                CsvTableWriter.Write(CompareCsv.Table(rows), stream);
                stream.Flush(flushToDisk: true);
            }

            if (page)
            {
                File.WriteAllText(html, ComparePage.Html(rows, region, source), new UTF8Encoding(false));
            }

            File.Move(csv, Path.Combine(folder, CompareCsv.FileName), overwrite: true);
            if (page)
            {
                File.Move(html, Path.Combine(folder, ComparePage.FileName), overwrite: true);
            }
        }
        finally
        {
            File.Delete(csv);
            File.Delete(html);
        }
    }
}
