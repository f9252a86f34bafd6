using Extractor.Benchmarks;

// Usage: dotnet run -c Release --project tests/Extractor.Benchmarks -- <benchmark> [options]
//   html [FOLDER] [--seconds N] [--warmup S] [--stages]
//          pages per second of the whole pipeline on the pages in FOLDER (default fixtures/html), in process and
//          through one reader process, next to a bare AngleSharp ParseDocument of the same bytes, one thread, rounds
//          interleaved, after a fresh reader process's first S seconds (default 10), whose rate is shown second by
//          second; --stages adds the time per page of each stage (decode, parse, flatten, locate, recognise, check).
//   pdf [--iterations N] [--dir DIR] [--pages N]
//          pages per second of the whole pipeline on the PDFs in DIR (default fixtures/pdf), next to bare PdfPig
//          letter extraction and poppler's pdftotext as a process; then the peak memory of parsing an N-page PDF
//          (default 300) made at run time, measured in a child process.
//   pdf-peak FILE
//          the child: parses FILE once with the whole pipeline and prints its peak working set.
//   crawl [--delay S]
//          a simulated portal of 50 loopback hosts with 40 ms latency, crawled with the default politeness; the
//          crawl time against the least time the per-host delay allows.
//   regions
//          the division list's load time, and region placement on agency names made from every real division: names
//          per second, and how many are placed right, left ambiguous or placed elsewhere.
//   hostile [FOLDER] [-- PARSE OPTIONS]
//          extractor parse over the documents in FOLDER (default fixtures) and one of every hostile class (PDF
//          structure attacks, a 10,000-page PDF, HTML and DOCX floods, a ZIP bomb): exit status, rows, reasons, and
//          the peak memory of the run and its reader processes together.
//   recovery [--reports N] [--seed S]
//          random template-consistent reports (default 10,000) flattened onto one line with their cells glued: cells
//          read, cells the identities recovered, wrong cells (exit 1 if any).
//   ocr [FILE] [--runs N]
//          a scanned report read by OCR (default fixtures/scan/bench/bench_6_pages_scan.pdf, 6 pages): once in a fresh
//          process (time and peak memory, model load included), then warm in process one document at a time, then
//          warm through the default reader processes, one document per core at once; pages per second each.
// Each benchmark prints its figures and the machine they were measured on.
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
{
    ["html"] = a => Task.FromResult(HtmlBenchmark.Run(a)),
    ["pdf"] = a => Task.FromResult(PdfBenchmark.Run(a)),
    ["pdf-peak"] = a => Task.FromResult(a.Length == 1 ? PeakMemoryProbe.RunChild(a[0]) : 2),
    ["crawl"] = CrawlBenchmark.RunAsync,
    ["regions"] = a => Task.FromResult(RegionsBenchmark.Run(a)),
    ["hostile"] = a => Task.FromResult(HostileRunBenchmark.Run(a)),
    ["ocr"] = a => Task.FromResult(OcrBenchmark.Run(a)),
    ["recovery"] = a => Task.FromResult(RecoveryTrial.Run(a)),
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: Extractor.Benchmarks <{string.Join('|', benchmarks.Keys)}> [options]");
    return 2;
}

return await run(args[1..]);
