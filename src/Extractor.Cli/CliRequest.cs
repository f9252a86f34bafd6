namespace Extractor.Cli;

/// <summary>What the command line asked for, once parsed.</summary>
public abstract record CliRequest;

public sealed record HelpRequest : CliRequest;

public sealed record VersionRequest : CliRequest;

/// <param name="Inputs">Files and folders as given, in the order given.</param>
/// <param name="OutputFolder">As given (relative to the current directory), <c>output/</c> by default.</param>
/// <param name="Charset">The charset of pages that declare none (as a server's Content-Type would say), or null.</param>
/// <param name="Ocr">Whether PDFs without a text layer are read by OCR (<c>--no-ocr</c> turns it off).</param>
public sealed record ParseRequest(IReadOnlyList<string> Inputs, string OutputFolder, string? Charset = null, bool Ocr = true) : CliRequest;

/// <param name="Inputs">URLs and sources CSV files, in the order given.</param>
/// <param name="Options">Everything else, defaults filled in.</param>
public sealed record CrawlRequest(IReadOnlyList<string> Inputs, string OutputFolder, Crawler.CrawlOptions Options) : CliRequest;
