namespace Extractor.Output;

/// <summary>Makes sure a run can write its output before it reads a single document.</summary>
public static class OutputFolder
{
    /// <summary>
    /// Creates the folder where missing and writes and removes a probe file in it, so a read-only folder or a full
    /// disk is found out in a second, not after hours of parsing.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be made or written; the message says why.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void Prepare(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        var probe = TemporaryFiles.PathFor(folder, "probe");
        using (var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
        {
            stream.WriteByte(0);
            stream.Flush(flushToDisk: true);
        }

        // DeleteOnClose removed it; a file system that ignores the flag still must not keep the probe.
        if (File.Exists(probe))
        {
            File.Delete(probe);
        }
    }
}
