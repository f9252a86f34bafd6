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

    public static bool IsKnown(string path) => FormatByExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>
    /// The <c>format</c> column for a row the processor never saw (a file that could not be read); the processor
    /// decides the format of the documents it reads from their bytes.
    /// </summary>
    public static string FormatOf(string path) =>
        FormatByExtension.TryGetValue(Path.GetExtension(path), out var format)
            ? format
            : Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
}
