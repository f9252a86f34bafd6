using Extractor.Core.Documents;
using Extractor.Readers;
using Extractor.Readers.Doc;
using Extractor.Readers.Docx;

namespace Extractor.Tests.Doc;

public class DocReaderTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(RepoPaths.Fixture("doc", name));

    public static IEnumerable<string> SavedTwice() =>
        Directory.EnumerateFiles(RepoPaths.Fixture("doc"), "*.doc")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => File.Exists(RepoPaths.Fixture("docx", n + ".docx")) && !File.ReadAllText(RepoPaths.Fixture("docx", n + ".expected.json")).Contains("\"failed\"", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(SavedTwice))]
    public void A_doc_gives_the_blocks_of_the_same_report_saved_as_docx(string name)
    {
        var doc = DocReader.Read(Fixture(name + ".doc"));
        var docx = DocxReader.Read(File.ReadAllBytes(RepoPaths.Fixture("docx", name + ".docx")));
        Assert.That(doc.Failure, Is.Null);

        static List<string> Shape(ReadOutcome o) => o.Content!.Blocks
            .Select(b => $"{b.Text} | {b.Location} | {b.Grid}")
            .ToList();

        Assert.That(Shape(doc), Is.EqualTo(Shape(docx)));
    }

    [Test]
    public void Table_cells_keep_their_grid_slots_and_spans()
    {
        var blocks = DocReader.Read(Fixture("2021_plain.doc")).Content!.Blocks;
        var heading = blocks.First(b => b.Text == "第二十条第（一）项");
        var licensing = blocks.First(b => b.Text == "行政许可");
        var licensingValue = blocks.First(b => b.Line == licensing.Line && b != licensing);
        Assert.Multiple(() =>
        {
            Assert.That(heading.Grid, Is.EqualTo(new GridPosition(heading.Grid!.Table, 0, 0, 1, 4)));
            Assert.That(licensingValue.Grid!.Column, Is.EqualTo(1));
            Assert.That(licensingValue.Grid.ColumnSpan, Is.EqualTo(3));
            Assert.That(licensingValue.Text, Is.EqualTo("0"));
        });
    }

    [Test]
    public void A_wps_file_is_read_as_the_word_binary_it_is_and_named_wps()
    {
        var result = new DocumentProcessor().Process(Fixture("2021_plain_wps.wps"), "report.wps");
        Assert.That(result.Format, Is.EqualTo("wps"));
        Assert.That(result.Status, Is.EqualTo(Core.Reports.ReportStatus.Ok), result.Error);
    }

    [TestCase("truncated.doc", "truncated or corrupt compound file")]
    [TestCase("encrypted.doc", "encrypted Word document: it cannot be opened without a password")]
    [TestCase("corrupt_fat.doc", "corrupt compound file: a sector chain loops")]
    public void A_doc_that_cannot_be_read_says_why_in_one_line(string name, string reason)
    {
        var outcome = DocReader.Read(Fixture(name));
        Assert.That(outcome.Failure, Does.StartWith(reason).And.Not.Contain("\n"));
    }

    [Test]
    public void Macros_are_noted_and_never_run_while_the_text_is_read()
    {
        var outcome = DocReader.Read(Fixture("macro.doc"));
        Assert.That(outcome.Failure, Is.Null);
        Assert.That(outcome.Content!.Notes, Has.Some.Contains("macros"));
        Assert.That(outcome.Content.Blocks.Select(b => b.Text), Has.None.Contains("AutoOpen"));
    }

    [Test]
    public void A_file_cut_inside_its_first_sector_is_truncated()
    {
        var outcome = DocReader.Read(Fixture("truncated.doc")[..512]);
        Assert.That(outcome.Failure, Does.StartWith("truncated compound file"));
    }

    [Test]
    public void Damaged_bytes_anywhere_give_a_reason_or_blocks_never_an_exception()
    {
        var original = Fixture("2021_plain.doc");
        var random = new Random(12);
        for (var round = 0; round < 400; round++)
        {
            var bytes = (byte[])original.Clone();
            var hits = random.Next(1, 8);
            for (var h = 0; h < hits; h++)
            {
                // Half the damage in the header, directory and FIB, where it hurts most.
                var at = random.Next(2) == 0 ? random.Next(Math.Min(bytes.Length, 4096)) : random.Next(bytes.Length);
                bytes[at] = (byte)random.Next(256);
            }

            ReadOutcome? outcome = null;
            Assert.DoesNotThrow(() => outcome = DocReader.Read(bytes), $"round {round}");
            Assert.That(outcome!.Failure is not null || outcome.Content is not null, Is.True);
        }
    }
}
