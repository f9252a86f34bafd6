using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Extractor.Cli;

/// <summary>
/// Folders listed and files opened by the bytes of their names, through the C library, for the names .NET cannot
/// represent (<see cref="ByteNames"/>). Linux only: elsewhere names are Unicode and .NET's own file APIs serve.
/// </summary>
public static partial class UnixFiles
{
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000;
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    /// <summary>Whether names must and can be read as bytes here (Linux, 64-bit: the layout of <c>struct dirent</c>).</summary>
    public static bool Supported => OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>The entries of a folder, names escaped, "." and ".." left out; null when it is not a folder that can be opened.</summary>
    public static List<(string Name, bool IsDirectory, bool IsLink)>? List(string folder)
    {
        var handle = OpenDirectory(ByteNames.ToBytes(folder));
        if (handle == IntPtr.Zero)
        {
            return null;
        }

        var entries = new List<(string, bool, bool)>();
        try
        {
            for (var entry = ReadDirectory(handle); entry != IntPtr.Zero; entry = ReadDirectory(handle))
            {
                var type = Marshal.ReadByte(entry, TypeOffset);
                var length = 0;
                while (Marshal.ReadByte(entry, NameOffset + length) != 0)
                {
                    length++;
                }

                var bytes = new byte[length];
                Marshal.Copy(entry + NameOffset, bytes, 0, length);
                var name = ByteNames.FromBytes(bytes);
                if (name is not ("." or ".."))
                {
                    // DT_DIR 4, DT_LNK 10; DT_UNKNOWN (0) on some file systems: asked by opening it.
                    var isDirectory = type == 4 || (type == 0 && IsDirectory(Path.Combine(folder, name)));
                    entries.Add((name, isDirectory, type == 10));
                }
            }
        }
        finally
        {
            _ = CloseDirectory(handle);
        }

        return entries;
    }

    /// <summary>Whether the path (escaped) names a folder, following symbolic links.</summary>
    public static bool IsDirectory(string path)
    {
        var handle = OpenDirectory(ByteNames.ToBytes(path));
        if (handle == IntPtr.Zero)
        {
            return false;
        }

        _ = CloseDirectory(handle);
        return true;
    }

    /// <summary>Opens a file by the bytes of its (escaped) name.</summary>
    /// <exception cref="IOException">It cannot be opened; the message says why, as the system does.</exception>
    public static FileStream OpenRead(string path)
    {
        var descriptor = Open(ByteNames.ToBytes(path), ReadOnly | CloseOnExec);
        if (descriptor < 0)
        {
            throw new IOException($"{Marshal.GetLastPInvokeErrorMessage()}: {ByteNames.Display(path)}");
        }

        return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, bufferSize: 0);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte[] path, int flags);

    [LibraryImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static partial IntPtr OpenDirectory(byte[] path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial IntPtr ReadDirectory(IntPtr directory);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseDirectory(IntPtr directory);
}
