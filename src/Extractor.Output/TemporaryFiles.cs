using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Output;

/// <summary>
/// The names of the files a run writes aside before renaming them into place, and the removal of those a killed run
/// left behind. A name carries the writing process's id, so a run never removes the files of another run still writing.
/// </summary>
public static partial class TemporaryFiles
{
    /// <summary>A fresh name in <paramref name="folder"/> for writing <paramref name="fileName"/> aside.</summary>
    public static string PathFor(string folder, string fileName) =>
        Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{fileName}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"));

    /// <summary>
    /// Removes the temporary files of this program in <paramref name="folder"/> whose process is gone (a run killed
    /// after it wrote them); files of older versions, whose names hold no process id, once unchanged for ten minutes.
    /// </summary>
    /// <returns>The files removed.</returns>
    public static IReadOnlyList<string> RemoveStale(string folder) => RemoveStale(folder, DateTime.UtcNow);

    internal static IReadOnlyList<string> RemoveStale(string folder, DateTime now)
    {
        var removed = new List<string>();
        if (!Directory.Exists(folder))
        {
            return removed;
        }

        var hidden = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true };
        foreach (var path in Directory.EnumerateFiles(folder, ".*.tmp", hidden))
        {
            var match = OwnName().Match(Path.GetFileName(path));
            if (!match.Success || !IsStale(path, match, now))
            {
                continue;
            }

            try
            {
                File.Delete(path);
                removed.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover that cannot be removed does no harm; the writes that follow report a real problem.
            }
        }

        return removed;
    }

    private static bool IsStale(string path, Match match, DateTime now)
    {
        if (!match.Groups["pid"].Success)
        {
            return now - File.GetLastWriteTimeUtc(path) > TimeSpan.FromMinutes(10);
        }

        var pid = int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture);
        return pid != Environment.ProcessId && !IsRunning(pid);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // .reports.csv.1234-<guid>.tmp (this version, any of its CSV files), .reports.csv.<guid>.tmp (before),
    // .probe.1234-<guid>.tmp (the writability probe). A 32-digit GUID after a CSV name is no one else's naming.
    [GeneratedRegex(@"^\.[a-z0-9_-]+\.csv\.(?:(?<pid>[0-9]{1,10})-)?[0-9a-f]{32}\.tmp$|^\.probe\.(?<pid>[0-9]{1,10})-[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnName();
}
