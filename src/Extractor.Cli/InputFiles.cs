using System.IO.Enumeration;

namespace Extractor.Cli;

/// <summary>Expands the inputs of a parse run into the list of files to read, in a stable order.</summary>
public static class InputFiles
{
    // Hidden and system entries are skipped (the default): they are a VCS's or an OS's, not documents.
    private static readonly EnumerationOptions Walk = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    /// <summary>
    /// Files named directly are always taken; folders give their documents of known extensions, recursively. Paths
    /// keep the form they were given in (they become the <c>source</c> column) and are sorted ordinally, so two runs
    /// over the same tree write the same rows in the same order; a file reached twice is read once. Names are taken as
    /// the system gives them: one ending in a space, or (on Linux) one that is not UTF-8 (<see cref="ByteNames"/>).
    /// </summary>
    /// <exception cref="UsageException">An input does not exist.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var byFullPath = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string file) => byFullPath.TryAdd(Path.GetFullPath(file), file);
        foreach (var input in inputs)
        {
            if (ByteNames.HasEscapes(input) && UnixFiles.Supported)
            {
                if (UnixFiles.IsDirectory(input))
                {
                    ByteNamedDocumentsUnder(input, onlyUndecodable: false, Add);
                }
                else if (CanOpen(input))
                {
                    Add(input);
                }
                else
                {
                    throw new UsageException($"no such file or folder: {ByteNames.Display(input)}");
                }
            }
            else if (Directory.Exists(input))
            {
                var undecodable = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var file in DocumentsUnder(input, undecodable))
                {
                    Add(file);
                }

                foreach (var folder in undecodable)
                {
                    ByteNamedDocumentsUnder(folder, onlyUndecodable: true, Add);
                }
            }
            else if (File.Exists(input))
            {
                Add(input);
            }
            else
            {
                throw new UsageException($"no such file or folder: {input}");
            }
        }

        return [.. byFullPath.Values.Order(StringComparer.Ordinal)];
    }

    /// <param name="undecodable">Gets the folders holding a name .NET decoded with replacement characters.</param>
    private static FileSystemEnumerable<string> DocumentsUnder(string folder, ISet<string> undecodable) =>
        new(folder, (ref entry) => entry.ToSpecifiedFullPath(), Walk)
        {
            ShouldIncludePredicate = (ref entry) =>
            {
                if (UnixFiles.Supported && entry.FileName.Contains('\ufffd'))
                {
                    undecodable.Add(Path.GetDirectoryName(entry.ToSpecifiedFullPath())!);
                    return false;
                }

                return !entry.IsDirectory && DocumentExtensions.IsKnown(entry.FileName.ToString());
            },

            // A symlinked folder can point back up the tree, which would be walked until the path is too long.
            ShouldRecursePredicate = (ref entry) =>
            {
                if (UnixFiles.Supported && entry.FileName.Contains('\ufffd'))
                {
                    undecodable.Add(Path.GetDirectoryName(entry.ToSpecifiedFullPath())!);
                    return false;
                }

                return (entry.Attributes & FileAttributes.ReparsePoint) == 0;
            },
        };

    /// <summary>
    /// The walk of <see cref="DocumentsUnder"/> by the bytes of names: hidden entries and symlinked folders skipped,
    /// documents of known extensions taken.
    /// </summary>
    /// <param name="onlyUndecodable">Only the names .NET could not decode (the others were walked already).</param>
    private static void ByteNamedDocumentsUnder(string folder, bool onlyUndecodable, Action<string> add)
    {
        var entries = UnixFiles.List(folder);
        if (entries is null)
        {
            return;
        }

        foreach (var (name, isDirectory, isLink) in entries)
        {
            if (name.StartsWith('.') || (onlyUndecodable && !ByteNames.HasEscapes(name) && !name.Contains('\ufffd')))
            {
                continue;
            }

            var path = Path.Combine(folder, name);
            if (isDirectory && !isLink)
            {
                ByteNamedDocumentsUnder(path, onlyUndecodable: false, add);
            }
            else if (!isDirectory && DocumentExtensions.IsKnown(name) && !(isLink && UnixFiles.IsDirectory(path)))
            {
                add(path);
            }
        }
    }

    private static bool CanOpen(string path)
    {
        try
        {
            using var stream = UnixFiles.OpenRead(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
