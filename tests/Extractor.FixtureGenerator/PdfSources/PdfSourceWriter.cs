using System.Text;
using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Catalog;
using Extractor.FixtureGenerator.Expectations;

namespace Extractor.FixtureGenerator.PdfSources;

/// <summary>
/// Writes the HTML sources of the PDF fixtures under pdf/src/: NAME.html, NAME.truth.json and, where a source is
/// printed by some printers only, NAME.printers (one name a line). The truth is named so
/// that the fixture harness does not read the HTML as a fixture of its own; make-pdfs.sh copies it beside each PDF
/// as its .expected.json. Owns pdf/src/ the way the text generator owns text/.
/// </summary>
public sealed class PdfSourceWriter(string root)
{
    public const string Folder = "pdf/src";
    public const string TruthSuffix = ".truth.json";

    public static IReadOnlyDictionary<string, byte[]> Render()
    {
        var reports = FixtureCatalog.All.OfType<ReportFixture>().ToDictionary(f => f.Name);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var source in PdfSourceCatalog.All)
        {
            var (model, rng) = reports[source.Basis].Sample();
            var html = TemplateHtmlDocument.Write(model, source.Layout, rng, out var warnings);
            var failing = IdentityChecks.Failing(model, new HashSet<CellKey>());
            var status = failing.Count > 0 ? ReportStatus.Inconsistent : ReportStatus.Ok;
            var truth = new Expectation(
                status.ToCsv(), null, model.Schema.Era.ToCsv(), model.Year, model.Agency,
                ExpectedCells.From(model), [], failing, warnings, []);
            files[$"{Folder}/{source.Name}.html"] = Encoding.UTF8.GetBytes(html);
            files[$"{Folder}/{source.Name}{TruthSuffix}"] = ExpectationWriter.ToJson(truth);
            if (!source.Printers.SequenceEqual(PdfSource.AllPrinters))
            {
                files[$"{Folder}/{source.Name}.printers"] = Encoding.UTF8.GetBytes(string.Join('\n', source.Printers) + "\n");
            }
        }

        return files;
    }

    public int Write(IReadOnlyDictionary<string, byte[]> files)
    {
        var folder = Path.Combine(root, Folder);
        Directory.CreateDirectory(folder);
        foreach (var existing in Directory.GetFiles(folder).Where(p => !files.ContainsKey($"{Folder}/{Path.GetFileName(p)}")))
        {
            File.Delete(existing);
        }

        foreach (var (relative, content) in files)
        {
            File.WriteAllBytes(Path.Combine(root, relative), content);
        }

        return files.Count;
    }

    public IReadOnlyList<string> Differences(IReadOnlyDictionary<string, byte[]> files)
    {
        var folder = Path.Combine(root, Folder);
        var differences = files
            .Where(f => !File.Exists(Path.Combine(root, f.Key)) || !File.ReadAllBytes(Path.Combine(root, f.Key)).AsSpan().SequenceEqual(f.Value))
            .Select(f => f.Key)
            .ToList();
        if (Directory.Exists(folder))
        {
            differences.AddRange(Directory.GetFiles(folder).Select(p => $"{Folder}/{Path.GetFileName(p)}").Where(p => !files.ContainsKey(p)));
        }

        return differences;
    }
}
