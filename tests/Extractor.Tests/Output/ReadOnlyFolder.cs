using System.Diagnostics;

namespace Extractor.Tests.Output;

/// <summary>
/// A folder nobody can write to, root included: mode 555, and where the tests run as root (CI containers) the
/// immutable attribute too. Where neither holds on this file system, the test is ignored with the reason.
/// </summary>
public sealed class ReadOnlyFolder : IDisposable
{
    private readonly bool _immutable;

    public ReadOnlyFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        if (IsWritable(path))
        {
            _immutable = Chattr("+i", path);
        }

        if (IsWritable(path))
        {
            Dispose();
            Assert.Ignore("cannot make a read-only folder here (running as root, and chattr +i is not available on this file system)");
        }
    }

    public string Path { get; }

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i", Path);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool IsWritable(string folder)
    {
        var probe = System.IO.Path.Combine(folder, "probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(probe, "x");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Chattr(string change, string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [change, path]) { RedirectStandardError = true, RedirectStandardOutput = true });
            if (process is null)
            {
                return false;
            }

            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
