using System.Globalization;

namespace Extractor.Crawler.State;

/// <summary>Raised when another crawl holds the state folder.</summary>
public sealed class StateLockedException(string message) : Exception(message);

/// <summary>
/// Keeps two crawls off one state folder: an exclusive lock on <c>crawl.lock</c> for the run's lifetime. The
/// operating system drops the lock when the process dies, even by kill -9, so a killed run never leaves a stale lock.
/// </summary>
public sealed class StateLock : IDisposable
{
    public const string FileName = "crawl.lock";

    private readonly FileStream stream;

    private StateLock(FileStream stream) => this.stream = stream;

    /// <exception cref="StateLockedException">Another crawl holds the folder.</exception>
    public static StateLock Acquire(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive flock on Unix and a share-mode lock on Windows: both die with the process.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new StateLockedException($"state folder {folder} is in use by another crawl (lock {path}); wait for it to finish");
        }

        stream.SetLength(0);
        var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        stream.Write(pid);
        stream.Flush();
        return new StateLock(stream);
    }

    public void Dispose() => stream.Dispose();
}
