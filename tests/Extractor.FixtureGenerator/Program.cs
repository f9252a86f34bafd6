using Extractor.FixtureGenerator.Catalog;
using Extractor.FixtureGenerator.Output;
using Extractor.FixtureGenerator.PdfSources;

// Usage: Extractor.FixtureGenerator [fixtures-root] [--check]
//        Extractor.FixtureGenerator pdf-sources [fixtures-root] [--check]
// Regenerates every synthetic fixture under the root (default "fixtures"); with --check, writes nothing and exits 1
// when the files on disk differ from what the generator produces. "pdf-sources" does the same for the HTML pages
// under pdf/src/ that fixtures/pdf/make-pdfs.sh prints to PDF.
var check = args.Contains("--check");
var pdfSources = args.FirstOrDefault() == "pdf-sources";
var root = args.Skip(pdfSources ? 1 : 0).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "fixtures";

IReadOnlyDictionary<string, byte[]> files;
Func<IReadOnlyDictionary<string, byte[]>, IReadOnlyList<string>> differ;
Func<IReadOnlyDictionary<string, byte[]>, int> write;
if (pdfSources)
{
    var sources = new PdfSourceWriter(root);
    files = PdfSourceWriter.Render();
    differ = sources.Differences;
    write = sources.Write;
}
else
{
    var writer = new FixtureWriter(root);
    files = FixtureWriter.Render(FixtureCatalog.All);
    differ = writer.Differences;
    write = writer.Write;
}

if (check)
{
    var differences = differ(files);
    foreach (var path in differences)
    {
        Console.Error.WriteLine($"differs: {path}");
    }

    Console.WriteLine(differences.Count == 0 ? $"{files.Count} files up to date" : $"{differences.Count} files differ");
    return differences.Count == 0 ? 0 : 1;
}

Console.WriteLine($"wrote {write(files)} files under {Path.GetFullPath(root)}");
return 0;
