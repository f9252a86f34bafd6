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
    /// over the same tree write the same rows in the same order; a file reached twice is read once.
    /// </summary>
    /// <exception cref="UsageException">An input does not exist.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var byFullPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var file in DocumentsUnder(input))
                {
                    byFullPath.TryAdd(Path.GetFullPath(file), file);
                }
            }
            else if (File.Exists(input))
            {
                byFullPath.TryAdd(Path.GetFullPath(input), input);
            }
            else
            {
                throw new UsageException($"no such file or folder: {input}");
            }
        }

        return [.. byFullPath.Values.Order(StringComparer.Ordinal)];
    }

    private static FileSystemEnumerable<string> DocumentsUnder(string folder) =>
        new(folder, (ref entry) => entry.ToSpecifiedFullPath(), Walk)
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory && DocumentExtensions.IsKnown(entry.FileName.ToString()),

            // A symlinked folder can point back up the tree, which would be walked until the path is too long.
            ShouldRecursePredicate = (ref entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
}
