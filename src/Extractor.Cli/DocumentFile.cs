namespace Extractor.Cli;

/// <summary>Opens an input file by its path, or by the bytes of its name where the name is not UTF-8 (<see cref="ByteNames"/>).</summary>
public static class DocumentFile
{
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file is not readable.</exception>
    public static FileStream OpenRead(string path) =>
        ByteNames.HasEscapes(path) && UnixFiles.Supported ? UnixFiles.OpenRead(path) : File.OpenRead(path);

    /// <summary>The path as the <c>source</c> column and messages show it.</summary>
    public static string Source(string path) => ByteNames.Display(path);
}
