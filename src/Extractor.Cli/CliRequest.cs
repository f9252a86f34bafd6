namespace Extractor.Cli;

/// <summary>What the command line asked for, once parsed.</summary>
public abstract record CliRequest;

public sealed record HelpRequest : CliRequest;

public sealed record VersionRequest : CliRequest;

/// <param name="Inputs">Files and folders as given, in the order given.</param>
/// <param name="OutputFolder">As given (relative to the current directory), <c>output/</c> by default.</param>
/// <param name="Charset">The charset of pages that declare none (as a server's Content-Type would say), or null.</param>
/// <param name="Workers">The reader processes and their limits; null for the defaults.</param>
/// <param name="AllowEmpty">Write header-only files when the inputs hold no document, instead of refusing (exit 2).</param>
/// <param name="Ocr">Whether PDFs without a text layer are read by OCR (<c>--no-ocr</c> turns it off).</param>
public sealed record ParseRequest(IReadOnlyList<string> Inputs, string OutputFolder, string? Charset = null, Workers.WorkerSettings? Workers = null, bool AllowEmpty = false, bool Ocr = true) : CliRequest;

/// <param name="Inputs">URLs and sources CSV files, in the order given.</param>
/// <param name="Options">Everything else, defaults filled in.</param>
/// <param name="Workers">The reader processes and their limits; null for the defaults.</param>
public sealed record CrawlRequest(IReadOnlyList<string> Inputs, string OutputFolder, Crawler.CrawlOptions Options, Workers.WorkerSettings? Workers = null) : CliRequest;

/// <param name="Folder">The output folder of a parse or crawl (reports.csv, values.csv).</param>
/// <param name="OutputFolder">Where compare.csv and compare.html go; the input folder by default.</param>
/// <param name="Region">A 6-digit division code, or null for every region.</param>
/// <param name="Years">Reporting years, or null for all.</param>
public sealed record CompareRequest(string Folder, string OutputFolder, string? Region, Crawler.YearSet? Years) : CliRequest;
