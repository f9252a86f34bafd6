using System.Text;
using Extractor.Core.Documents;
using Extractor.Readers.Pdf;

namespace Extractor.Tests.Pdf;

public class PdfReaderTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "pdf", name));

    private static DocumentContent Read(string name, PdfWorkBudget? budget = null)
    {
        var outcome = PdfReader.Read(Fixture(name), budget);
        Assert.That(outcome.Content, Is.Not.Null, outcome.Failure);
        return outcome.Content!;
    }

    [TestCase("scanned.pdf", "scanned PDF: no text layer, 4 pages")]
    [TestCase("encrypted_user_password.pdf", "encrypted PDF:")]
    [TestCase("truncated.pdf", "truncated PDF: the file ends after")]
    [TestCase("no_unicode_map.pdf", "unreadable text layer: ")]
    public void Unreadable_documents_say_precisely_why(string name, string reason)
    {
        var outcome = PdfReader.Read(Fixture(name));
        Assert.That(outcome.Failure, Does.StartWith(reason));
    }

    [Test]
    public void Junk_after_a_pdf_header_is_a_corrupt_or_truncated_pdf()
    {
        var outcome = PdfReader.Read(Encoding.Latin1.GetBytes("%PDF-1.4\n" + new string('x', 100)));
        Assert.That(outcome.Failure, Does.Match("^(truncated|corrupt) PDF: "));
    }

    [Test]
    public void Look_alike_code_points_from_chromium_are_repaired()
    {
        var text = string.Concat(Read("2021_plain_chromium.pdf").Blocks.Select(b => b.Text));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("工作年度报告").And.Contain("人民"));
            Assert.That(text.Where(c => c is >= '\u2e80' and <= '\u2fdf'), Is.Empty);
        });
    }

    [Test]
    public void Cells_carry_their_page_box_and_grid_slot()
    {
        var cell = Read("2021_plain_libreoffice.pdf").Blocks.First(b => b.Text == "行政规范性文件");
        Assert.Multiple(() =>
        {
            Assert.That(cell.Grid, Is.Not.Null);
            Assert.That(cell.Location, Is.TypeOf<PageLocation>());
            Assert.That(((PageLocation)cell.Location).Page, Is.EqualTo(1));
        });
    }

    [TestCase("2021_long_repeated_header_chromium.pdf")]
    [TestCase("2021_long_repeated_header_libreoffice.pdf")]
    public void A_table_across_a_page_break_is_one_table_with_its_header_once(string name)
    {
        var blocks = Read(name).Blocks;
        var applications = blocks.Where(b => b.Grid is not null && b.Text == "申请人情况").ToList();
        var carried = blocks.Single(b => b.Text.Contains("结转下年度", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(applications, Has.Count.EqualTo(1));
            Assert.That(carried.Grid!.Table, Is.EqualTo(applications[0].Grid!.Table));
            Assert.That(((PageLocation)carried.Location).Page, Is.GreaterThan(((PageLocation)applications[0].Location).Page));
        });
    }

    [TestCase("2021_row_split_libreoffice.pdf", "5.要求行政机关确认或", "重新出具已获取信息")]
    [TestCase("2021_row_split_spanning_docx.pdf", "2.其他法律行政法规禁", "止公开")]
    public void A_row_split_by_a_page_break_is_one_row_with_its_numbers(string name, string head, string rest)
    {
        var blocks = Read(name).Blocks;
        var label = blocks.Single(b => b.Text.StartsWith(head, StringComparison.Ordinal));
        var row = blocks.Where(b => b.Line == label.Line).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(label.Text, Does.EndWith(rest));
            Assert.That(row.Count(b => b.Text == "0"), Is.EqualTo(7));
            Assert.That(row.Select(b => ((PageLocation)b.Location).Page).Distinct().Count(), Is.EqualTo(1), "the numbers are where they are printed");
            Assert.That(blocks.Where(b => b.Grid is not null && b.Text.Trim() == rest), Is.Empty, "no row of its own for the rest of the label");
        });
    }

    [Test]
    public void A_page_bound_reads_the_first_pages_and_says_the_document_was_cut_short()
    {
        var content = Read("2021_plain_libreoffice.pdf", new PdfWorkBudget(MaxPages: 1));
        Assert.That(content.Truncation, Is.EqualTo("only the first 1 of 4 pages were read (bound of 1 pages per PDF)"));
    }

    [Test]
    public void A_time_bound_stops_reading_and_says_so()
    {
        var outcome = PdfReader.Read(Fixture("2021_plain_libreoffice.pdf"), new PdfWorkBudget(MaxSeconds: 0));
        Assert.That(outcome.Failure ?? outcome.Content!.Truncation, Does.Contain("bound of 0 s per PDF"));
    }
}
