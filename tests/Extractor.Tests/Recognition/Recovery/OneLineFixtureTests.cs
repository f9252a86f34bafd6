using System.Globalization;
using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Reports;
using Extractor.Core.Values;
using Extractor.Readers;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Recognition.Recovery;

/// <summary>
/// The text fixtures flattened as get_text() flattens a page: every line joined into one, separators dropped, cells
/// glued to each other (and the next label's enumerator glued to the last number), or kept apart by one space.
/// A one-line report is a report: never failed, never a wrong cell.
/// </summary>
public class OneLineFixtureTests
{
    public static IEnumerable<TestCaseData> Flattened()
    {
        var fixtures = Directory.EnumerateFiles(RepoPaths.Fixture("text"), "*.txt")
            .Append(RepoPaths.Fixture("seed", "000_b6050632e8bc8358.txt"))
            .Order(StringComparer.Ordinal);
        foreach (var path in fixtures)
        {
            var expectation = Expectation.Load(path[..^".txt".Length] + ".expected.json");
            if (!expectation.Statuses.Contains("ok") || Encoding.UTF8.GetString(File.ReadAllBytes(path)).Contains('\uFFFD', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var glued in (bool[])[true, false])
            {
                yield return new TestCaseData(path, glued).SetName($"{Path.GetFileNameWithoutExtension(path)}_{(glued ? "glued" : "spaced")}");
            }
        }
    }

    public static string Flatten(string text, bool glued)
    {
        ArgumentNullException.ThrowIfNull(text);
        var gap = glued ? string.Empty : " ";
        var lines = text.Split('\n').Select(l => string.Join(gap, l.Split('|', '\t').Select(c => c.Trim()).Where(c => c.Length > 0)));
        return string.Join(gap, lines.Where(l => l.Length > 0));
    }

    private static (ReportResult Result, Expectation Expected) Read(string path, bool glued)
    {
        var text = Flatten(File.ReadAllText(path), glued);
        var result = new DocumentProcessor().Process(Encoding.UTF8.GetBytes(text), Path.GetFileName(path));
        return (result, Expectation.Load(path[..^".txt".Length] + ".expected.json"));
    }

    [TestCaseSource(nameof(Flattened))]
    public void One_line_report_is_read_without_a_wrong_cell(string path, bool glued)
    {
        var (r, e) = Read(path, glued);
        var wrong = r.Cells
            .Where(c => e.Cells[c.Key.ToString()] is var t && (t.Kind != c.Kind.ToCsv() || (t.Kind == "number" && decimal.Parse(t.Value!, CultureInfo.InvariantCulture) != c.Number)))
            .Select(c => $"{c.Key}: {c.Kind.ToCsv()} {c.Number} from '{c.Raw}' at {c.Location}")
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.AnyOf(ReportStatus.Ok, ReportStatus.Incomplete), r.Error);
            Assert.That(r.EraText, Is.EqualTo(e.Era));
            Assert.That(wrong, Is.Empty);
        });
    }

    // Glued, a row of table 2 without identities (规章 1176: 1|17|6 or 11|7|6 …) is rightly left out; these are pinned whole.
    [TestCase("2021_one_cell_per_line", true)]
    [TestCase("2021_group_labels_glued_to_first_row", true)]
    [TestCase("2021_fee_with_unit_in_cell", true)]
    [TestCase("2021_fullwidth_digits", false)]
    [TestCase("2019_row_per_line", false)]
    [TestCase("2019_signed_changes", false)]
    [TestCase("2019_headers_cut_to_first_line", false)]
    public void One_line_reports_are_read_whole(string name, bool alsoGlued)
    {
        foreach (var glued in alsoGlued ? (bool[])[true, false] : [false])
        {
            var (r, e) = Read(RepoPaths.Fixture("text", name + ".txt"), glued);
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Ok), $"{(glued ? "glued" : "spaced")}: {r.Error}");
            Assert.That(r.Cells, Has.Count.EqualTo(e.Cells.Count));
        }
    }

    [Test]
    public void The_seed_glued_onto_one_line_is_read_whole_and_its_glued_cells_say_so()
    {
        var (r, _) = Read(RepoPaths.Fixture("seed", "000_b6050632e8bc8358.txt"), glued: true);
        Assert.That(r.Status, Is.EqualTo(ReportStatus.Ok), r.Error);
        var newReceived = r.Cells.Single(c => c.Key.ToString() == "applications.new_received.natural_person");
        Assert.Multiple(() =>
        {
            Assert.That(newReceived.Number, Is.EqualTo(22));
            Assert.That(newReceived.Raw.Trim(), Has.Length.GreaterThan(2), "raw is the whole printed run");
            Assert.That(newReceived.Location, Is.TypeOf<RecoveredLocation>());
            Assert.That(newReceived.Location.Describe(), Does.Contain("characters 1-2 of the run").And.EndWith(RecoveredLocation.Marker));
        });
    }

    [Test]
    public void A_2019_glued_report_places_every_cell_its_identities_pin()
    {
        var (r, _) = Read(RepoPaths.Fixture("text", "2019_one_cell_per_line.txt"), glued: true);
        var found = r.Cells.Select(c => c.Key.Table).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Incomplete));
            Assert.That(found.Count(t => t == "applications"), Is.EqualTo(7 * 23), "table 3 is pinned by its identities");
            Assert.That(found.Count(t => t == "review_litigation"), Is.EqualTo(15));
            Assert.That(r.Error, Does.Contain("readings the identities allow, none placed"), "table 2 rows without identities say why");
        });
    }

    [TestCase("2019_row_per_line")]
    [TestCase("2021_row_per_line")]
    public void Rows_on_lines_of_their_own_with_their_cells_glued_to_the_label_are_read(string name)
    {
        var path = RepoPaths.Fixture("text", name + ".txt");
        var text = string.Join("\n", File.ReadAllText(path).Split('\n').Select(l => string.Concat(l.Split('|').Select(c => c.Trim()))));
        var r = new DocumentProcessor().Process(Encoding.UTF8.GetBytes(text), path);
        var e = Expectation.Load(path[..^".txt".Length] + ".expected.json");
        var wrong = r.Cells.Where(c => e.Cells[c.Key.ToString()] is var t && (t.Kind != c.Kind.ToCsv() || (t.Kind == "number" && decimal.Parse(t.Value!, CultureInfo.InvariantCulture) != c.Number))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(wrong, Is.Empty);
            Assert.That(r.Status, Is.AnyOf(ReportStatus.Ok, ReportStatus.Incomplete));
            Assert.That(r.Cells.Count(c => c.Key.Table == "applications"), Is.EqualTo(e.Cells.Keys.Count(k => k.StartsWith("applications.", StringComparison.Ordinal))), r.Error);
        });
    }
}
