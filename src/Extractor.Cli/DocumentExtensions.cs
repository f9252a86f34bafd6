namespace Extractor.Cli;

/// <summary>The file extensions a folder walk picks up, and the format a file's extension suggests.</summary>
public static class DocumentExtensions
{
    private static readonly Dictionary<string, string> FormatByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "txt",
        [".text"] = "txt",
        [".html"] = "html",
        [".htm"] = "html",
        [".shtml"] = "html",
        [".pdf"] = "pdf",
        [".doc"] = "doc",
        [".docx"] = "docx",
        [".wps"] = "wps",
    };

    public static IReadOnlyCollection<string> Known => FormatByExtension.Keys;

    public static bool IsKnown(string path) => FormatByExtension.ContainsKey(Extension(path));

    /// <summary>
    /// The <c>format</c> column for a row the processor never saw (a file that could not be read); the processor
    /// decides the format of the documents it reads from their bytes.
    /// </summary>
    public static string FormatOf(string path) =>
        FormatByExtension.TryGetValue(Extension(path), out var format)
            ? format
            : Extension(path).TrimStart('.').ToLowerInvariant();

    // "report.pdf " and "report.pdf." (a name typed or saved with a trailing space or dot, which Windows hides) are PDFs.
    private static string Extension(string path) => Path.GetExtension(path.AsSpan().TrimEnd(" .")).ToString();
}
