using Extractor.FixtureGenerator.Catalog;
using Extractor.FixtureGenerator.Expectations;

namespace Extractor.FixtureGenerator.Output;

/// <summary>
/// Writes every fixture and its expectation under the fixtures root. The generator owns the folders it writes to:
/// files there that no fixture produced any more are removed, so a renamed fixture leaves no orphan behind.
/// </summary>
public sealed class FixtureWriter(string root)
{
    public const string ExpectedSuffix = ".expected.json";


    /// <summary>Every file the catalog produces, by path relative to the root.</summary>
    public static IReadOnlyDictionary<string, byte[]> Render(IEnumerable<IFixture> fixtures)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var agencies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fixture in fixtures)
        {
            var generated = fixture.Generate();
            var stem = Path.GetFileNameWithoutExtension(fixture.FileName);

            // A run over the whole folder chains one agency's consecutive years (carry_chain); only a series (one agency,
            // or districts over years) may share one.
            if (generated.Expected.Agency is { } agency && fixture.Folder is not (SeriesFixtures.Folder or DistrictFixtures.Folder)
                && !agencies.TryAdd(agency, $"{fixture.Folder}/{fixture.FileName}"))
            {
                throw new InvalidOperationException($"{fixture.Folder}/{fixture.FileName} and {agencies[agency]} are both by {agency}");
            }

            Add(files, $"{fixture.Folder}/{fixture.FileName}", generated.Content);
            Add(files, $"{fixture.Folder}/{stem}{ExpectedSuffix}", ExpectationWriter.ToJson(generated.Expected));
        }

        return files;
    }

    /// <summary>Writes the files and removes stale ones; returns the number of files written.</summary>
    public int Write(IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var folder in OwnedFolders(files))
        {
            var path = Path.Combine(root, folder);
            Directory.CreateDirectory(path);
            foreach (var existing in Directory.GetFiles(path))
            {
                if (!files.ContainsKey($"{folder}/{Path.GetFileName(existing)}"))
                {
                    File.Delete(existing);
                }
            }
        }

        foreach (var (relative, content) in files)
        {
            File.WriteAllBytes(Path.Combine(root, relative), content);
        }

        return files.Count;
    }

    /// <summary>Paths whose content on disk differs from the generated one, or that should not be there.</summary>
    public IReadOnlyList<string> Differences(IReadOnlyDictionary<string, byte[]> files)
    {
        var differences = files
            .Where(f => !File.Exists(Path.Combine(root, f.Key)) || !File.ReadAllBytes(Path.Combine(root, f.Key)).AsSpan().SequenceEqual(f.Value))
            .Select(f => f.Key)
            .ToList();

        foreach (var folder in OwnedFolders(files))
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path))
            {
                differences.AddRange(Directory.GetFiles(path)
                    .Select(p => $"{folder}/{Path.GetFileName(p)}")
                    .Where(p => !files.ContainsKey(p)));
            }
        }

        return differences;
    }

    private static IEnumerable<string> OwnedFolders(IReadOnlyDictionary<string, byte[]> files) =>
        files.Keys.Select(k => k[..k.IndexOf('/', StringComparison.Ordinal)]).Distinct();

    private static void Add(SortedDictionary<string, byte[]> files, string path, byte[] content)
    {
        if (!files.TryAdd(path, content))
        {
            throw new InvalidOperationException($"two fixtures write {path}");
        }
    }
}
