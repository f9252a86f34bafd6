using Extractor.Benchmarks;

// Usage: Extractor.Benchmarks <benchmark> [options]; each benchmark parses its own options and sets the exit code.
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
{
    ["crawl"] = CrawlBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: Extractor.Benchmarks <{string.Join('|', benchmarks.Keys)}> [options]");
    return 2;
}

return await run(args[1..]);
