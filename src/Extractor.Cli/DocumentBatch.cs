using Extractor.Core.Reports;
using Extractor.Core.Text;
using Extractor.Readers;

namespace Extractor.Cli;

/// <summary>Reads the files of a run in parallel; one failing document becomes a failed row, never a failed run.</summary>
public static class DocumentBatch
{
    /// <param name="newReading">Called once per worker thread, so a reader need not be thread-safe.</param>
    /// <param name="fileDone">Called after each file, from the worker threads.</param>
    /// <returns>One report per file, in the order of <paramref name="files"/> whatever order they finished in.</returns>
    public static ReportResult[] Read(IReadOnlyList<string> files, Func<DocumentReading> newReading, Action fileDone) =>
        Read(files, newReading, fileDone, Environment.ProcessorCount);

    /// <param name="parallelism">Documents read at once: the cores in process, the worker processes otherwise.</param>
    public static ReportResult[] Read(IReadOnlyList<string> files, Func<DocumentReading> newReading, Action fileDone, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(newReading);
        ArgumentNullException.ThrowIfNull(fileDone);

        var reports = new ReportResult[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        Parallel.For(
            0,
            files.Count,
            options,
            newReading,
            (i, _, reading) =>
            {
                reports[i] = ReadOne(files[i], reading);
                fileDone();
                return reading;
            },
            _ => { });
        return reports;
    }

    private static ReportResult ReadOne(string path, DocumentReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        byte[] bytes;
        var source = DocumentFile.Source(path);
        try
        {
            using var stream = DocumentFile.OpenRead(path);

            // Never load a file larger than any document the pipeline accepts: a stray disk image must not exhaust memory.
            var length = stream.Length;
            if (length > ProcessingLimits.Default.LargestAccepted)
            {
                return ReportResult.Failed(
                    string.Empty,
                    source,
                    DocumentExtensions.FormatOf(path),
                    $"too large to be a report: {length / 1048576.0:0.0} MB (no document over {ProcessingLimits.Default.LargestAccepted / 1048576} MB is read)");
            }

            bytes = new byte[length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // No bytes, no content id: the row is keyed by its source alone.
            return ReportResult.Failed(string.Empty, source, DocumentExtensions.FormatOf(path), $"cannot read file: {Excerpt.OneLine(e.Message)}");
        }

        try
        {
            return reading(bytes, source);
        }
#pragma warning disable CA1031 // A bug met in one document of thousands must cost that document, not the night's run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ReportResult.Failed(
                ReportIdentity.Of(bytes),
                source,
                DocumentExtensions.FormatOf(path),
                $"internal error: {e.GetType().FullName}: {Excerpt.OneLine(e.Message)}");
        }
    }
}
