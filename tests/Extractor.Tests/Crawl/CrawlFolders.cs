using Extractor.Crawler;
using Extractor.Crawler.Engine;
using Extractor.Tests.Output;

namespace Extractor.Tests.Crawl;

/// <summary>A state folder and an output folder for crawls in a test, with the short delays tests use.</summary>
public sealed class CrawlFolders : IDisposable
{
    public static readonly TimeSpan TestDelay = TimeSpan.FromMilliseconds(30);

    private readonly TemporaryFolder folder = new();

    public string State => folder.Combine("state");

    public string Out => folder.Combine("out");

    public string Combine(params string[] parts) => folder.Combine(parts);

    public CrawlOptions Options => new()
    {
        StateFolder = State,
        Delay = TestDelay,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        MaxRetries = 2,
        MaxBodyBytes = 1 << 20,
        AttemptTimeout = TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(30),
    };

    public Task<CrawlOutput> CrawlAsync(Uri seed, Func<CrawlOptions, CrawlOptions>? adjust = null, CancellationToken cancellationToken = default) =>
        CrawlRun.RunAsync([new Seed(seed)], adjust is null ? Options : adjust(Options), Out, cancellationToken);

    public CsvFileContents Read(string file) => CsvFileContents.Read(System.IO.Path.Combine(Out, file));

    /// <summary>documents.csv as url → row.</summary>
    public Dictionary<string, Dictionary<string, string>> Documents()
    {
        var csv = Read("documents.csv");
        return csv.Rows.ToDictionary(r => r[0], r => csv.Header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2));
    }

    public void Dispose() => folder.Dispose();
}
