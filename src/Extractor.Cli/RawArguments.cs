using System.Text;

namespace Extractor.Cli;

/// <summary>
/// The command line as the system gave it. .NET decodes arguments as UTF-8 with replacement characters, so a file
/// name that is not UTF-8 would arrive as a name no file has; on Linux the bytes are still in /proc/self/cmdline.
/// </summary>
public static class RawArguments
{
    /// <returns>The arguments, those decoded with replacement characters taken again from their bytes (<see cref="ByteNames"/>).</returns>
    public static string[] Recover(string[] args) => Recover(args, ReadCommandLine);

    /// <param name="commandLine">The process's command line: its arguments, each ended by a NUL byte.</param>
    public static string[] Recover(string[] args, Func<byte[]?> commandLine)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(commandLine);
        if (!args.Any(a => a.Contains('\ufffd')) || commandLine() is not { } bytes)
        {
            return args;
        }

        var parts = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                parts.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        if (parts.Count < args.Length)
        {
            return args;
        }

        // The program's own arguments are the last ones, after the host's (dotnet exec, the app host's path).
        var own = parts[^args.Length..];
        var recovered = (string[])args.Clone();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].Contains('\ufffd') && Encoding.UTF8.GetString(own[i]) == args[i])
            {
                recovered[i] = ByteNames.FromBytes(own[i]);
            }
        }

        return recovered;
    }

    private static byte[]? ReadCommandLine()
    {
        if (!UnixFiles.Supported)
        {
            return null;
        }

        try
        {
            return File.ReadAllBytes("/proc/self/cmdline");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
