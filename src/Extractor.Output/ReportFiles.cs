using Extractor.Core.Regions;
using Extractor.Core.Reports;

namespace Extractor.Output;

/// <summary>
/// The four files of a run (reports.csv, values.csv, checks.csv, sections.csv), and documents.csv for a crawl, replaced
/// atomically in one folder.
/// </summary>
/// <remarks>
/// Scheduled jobs diff these files night after night, and a reader must never see half a file: every file is written
/// aside in the same folder (a rename is only atomic within one file system), flushed to disk, and only when all
/// are written are they renamed over the old ones, one after another. A failure before the renames leaves the previous
/// output untouched and no temporary file behind; one killed while writing leaves its temporary files, which the
/// next run removes. Byte-identical documents are written once (<see cref="TwinReports"/>).
/// </remarks>
public static class ReportFiles
{
    public static IReadOnlyList<string> FileNames { get; } =
        [ReportsFile.FileName, ValuesFile.FileName, ChecksFile.FileName, SectionsFile.FileName];

    /// <exception cref="IOException">A file could not be written or replaced; the message names it.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or a file in it is not writable.</exception>
    public static void Write(IReadOnlyList<ReportResult> reports, string folder) => Write(reports, null, folder);

    /// <summary>The four files, and documents.csv when <paramref name="documents"/> is given (a crawl), replaced together.</summary>
    /// <exception cref="IOException">A file could not be written or replaced; the message names it.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or a file in it is not writable.</exception>
    public static void Write(IReadOnlyList<ReportResult> reports, IReadOnlyList<CrawledDocument>? documents, string folder) =>
        Write(reports, documents, null, folder);

    /// <summary>The four files, documents.csv for a crawl, and agencies.csv when <paramref name="agencies"/> is given, replaced together.</summary>
    /// <exception cref="IOException">A file could not be written or replaced; the message names it.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or a file in it is not writable.</exception>
    public static void Write(IReadOnlyList<ReportResult> reports, IReadOnlyList<CrawledDocument>? documents, IReadOnlyList<AgencyPlacement>? agencies, string folder)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);

        // A run killed while writing (even kill -9) leaves its files aside; they are removed before this run writes.
        TemporaryFiles.RemoveStale(folder);
        reports = TwinReports.Merge(reports);

        CsvTable[] tables =
        [
            ReportsFile.Table(reports),
            ValuesFile.Table(reports),
            ChecksFile.Table(reports),
            SectionsFile.Table(reports),
            .. documents is null ? [] : new[] { DocumentsFile.Table(documents) },
            .. agencies is null ? [] : new[] { AgenciesFile.Table(agencies) },
        ];

        var written = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var table in tables)
            {
                var final = Path.Combine(folder, table.FileName);
                var temporary = TemporaryFiles.PathFor(folder, table.FileName);
                written.Add((temporary, final));
                WriteAside(table, temporary);
            }

            // A directory in the way would fail its rename after earlier files were replaced: refuse before any rename.
            foreach (var (_, final) in written)
            {
                if (Directory.Exists(final))
                {
                    throw new IOException($"cannot replace {final}: it is a directory");
                }
            }

            foreach (var (temporary, final) in written)
            {
                File.Move(temporary, final, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in written)
            {
                DeleteQuietly(temporary);
            }
        }
    }

    private static void WriteAside(CsvTable table, string temporary)
    {
        using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        CsvTableWriter.Write(table, stream);
        stream.Flush(flushToDisk: true);
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original failure is the one worth reporting; a stray .tmp is harmless and ignored by git.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
