namespace Extractor.Crawler.State;

/// <summary>
/// Every raw document the crawl fetched, named by the SHA-256 of its bytes: the same bytes under two URLs are stored
/// once, and a name never comes from a server, so no path in the archive can be steered by what a page says. Bodies
/// are streamed to <c>.incoming/</c> and renamed into place once complete, so a file under its hash is always whole.
/// </summary>
public sealed class DocumentArchive
{
    private const string IncomingFolder = ".incoming";

    private readonly string root;

    public DocumentArchive(string stateFolder)
    {
        root = Path.Combine(stateFolder, "archive");
        Directory.CreateDirectory(Path.Combine(root, IncomingFolder));
    }

    /// <summary>Removes half-written bodies of a run that was killed; only called with the state lock held.</summary>
    public void DiscardIncoming()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, IncomingFolder)))
        {
            File.Delete(file);
        }
    }

    /// <summary>A fresh path for a body being downloaded.</summary>
    public string IncomingPath() => Path.Combine(root, IncomingFolder, $"{Guid.NewGuid():N}.part");

    public string PathOf(string sha256) => Path.Combine(root, sha256[..2], sha256);

    public bool Contains(string sha256) => File.Exists(PathOf(sha256));

    /// <summary>Moves a complete body into place under its hash (or drops it when those bytes are already kept).</summary>
    public void Keep(string incomingPath, string sha256)
    {
        var final = PathOf(sha256);
        if (File.Exists(final))
        {
            File.Delete(incomingPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        File.Move(incomingPath, final, overwrite: true);
    }

    /// <summary>The bytes kept under a hash, or null when they are missing (an archive pruned by hand).</summary>
    public byte[]? Read(string sha256)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }
}
