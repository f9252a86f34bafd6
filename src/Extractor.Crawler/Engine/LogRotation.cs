namespace Extractor.Crawler.Engine;

/// <summary>
/// Keeps a nightly job's log from growing for ever: when a run starts and the log has reached its size limit, it
/// becomes <c>name.1.ext</c>, the older ones move up a number, and the oldest beyond the number kept is deleted.
/// A run never rotates its own log midway, so one run's lines stay in one file.
/// </summary>
public static class LogRotation
{
    /// <param name="path">The log about to be opened.</param>
    /// <param name="maxBytes">The size at which it is rotated; 0 or less never rotates.</param>
    /// <param name="keep">How many rotated logs are kept besides the current one.</param>
    /// <returns>Whether the log was rotated.</returns>
    public static bool RotateIfFull(string path, long maxBytes, int keep)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = new FileInfo(path);
        if (maxBytes <= 0 || !current.Exists || current.Length < maxBytes)
        {
            return false;
        }

        if (keep <= 0)
        {
            current.Delete();
            return true;
        }

        File.Delete(Numbered(path, keep));
        for (var n = keep - 1; n >= 1; n--)
        {
            var older = Numbered(path, n);
            if (File.Exists(older))
            {
                File.Move(older, Numbered(path, n + 1));
            }
        }

        File.Move(path, Numbered(path, 1));
        return true;
    }

    /// <summary>crawl-log.jsonl → crawl-log.3.jsonl, so rotated logs keep the extension tools open them by.</summary>
    public static string Numbered(string path, int n)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var name = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        return Path.Combine(folder, $"{name}.{n}{extension}");
    }
}
