using System.Collections.Concurrent;
using Extractor.Core.Reports;
using Extractor.Crawler.State;
using Extractor.Readers;

namespace Extractor.Crawler.Engine;

/// <summary>
/// Parses documents with the readers, keeping each result in the state by the document's hash and the charset it was
/// read with; a result kept by another parser version is parsed again. A document that kills or hangs its reader is
/// kept as a failed result like any other, so the next night does not read it again.
/// </summary>
/// <param name="parser">Reads the documents: the run's pool of reader processes, or in process when null.</param>
public sealed class ReportReader(CrawlState state, string parserVersion, IDocumentParser? parser = null)
{
    private readonly IDocumentParser parser = parser ?? new DocumentProcessor();

    // This run's results, so writing the CSVs after a crawl does not read back what was parsed minutes ago.
    private readonly ConcurrentDictionary<(string Sha256, string Charset), ReportResult> recent = new();

    public string ParserVersion => parserVersion;

    /// <summary>The kept result when current, else null.</summary>
    public ReportResult? Kept(string sha256, string? contentType)
    {
        var key = (sha256, Charset(contentType));
        if (recent.TryGetValue(key, out var report))
        {
            return report;
        }

        var kept = state.Parse(key.sha256, key.Item2);
        return kept is not null && kept.ParserVersion == parserVersion ? StoredReport.FromJson(kept.ReportJson) : null;
    }

    /// <summary>Parses the bytes; the result to keep comes with it.</summary>
    public (ReportResult Report, StoredParse Stored) Parse(byte[] bytes, string sha256, string? contentType, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ReportResult report;
        try
        {
            report = parser.Parse(bytes, source, contentType);
        }
#pragma warning disable CA1031 // A reader bug met in one document of thousands costs that document, not the night's run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            report = ReportResult.Failed(ReportIdentity.Of(bytes), source, FormatSniffer.Sniff(bytes, source).ToCsv(source), $"internal error: {e.GetType().FullName}: {e.Message.ReplaceLineEndings(" ")}");
        }

        recent[(sha256, Charset(contentType))] = report;
        return (report, new StoredParse(sha256, Charset(contentType), parserVersion, StoredReport.ToJson(report)));
    }

    /// <summary>The charset parameter of a Content-Type, lower-case, or empty.</summary>
    public static string Charset(string? contentType)
    {
        if (contentType is null)
        {
            return string.Empty;
        }

        foreach (var part in contentType.Split(';').Skip(1))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return pair[1].Trim().Trim('"', '\'').ToLowerInvariant();
            }
        }

        return string.Empty;
    }
}
