using Extractor.FixtureGenerator.Catalog;
using Extractor.FixtureGenerator.Output;

// Usage: Extractor.FixtureGenerator [fixtures-root] [--check]
// Regenerates every synthetic fixture under the root (default "fixtures"); with --check, writes nothing and exits 1
// when the files on disk differ from what the generator produces.
var check = args.Contains("--check");
var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "fixtures";
var writer = new FixtureWriter(root);
var files = FixtureWriter.Render(FixtureCatalog.All);

if (check)
{
    var differences = writer.Differences(files);
    foreach (var path in differences)
    {
        Console.Error.WriteLine($"differs: {path}");
    }

    Console.WriteLine(differences.Count == 0 ? $"{files.Count} files up to date" : $"{differences.Count} files differ");
    return differences.Count == 0 ? 0 : 1;
}

Console.WriteLine($"wrote {writer.Write(files)} files under {Path.GetFullPath(root)}");
return 0;
