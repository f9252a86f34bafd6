using Extractor.Core.Documents;
using Extractor.Core.Reports;
using Extractor.Readers;
using Extractor.Readers.Ocr;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Ocr;

/// <summary>
/// The scanned fixtures beyond what the fixture harness checks (no wrong value, statuses): how much a clean scan reads,
/// where its values say they came from, and that OCR can be turned off.
/// </summary>
public class ScannedFixtureTests
{
    [TestCase("scan/2021_plain_scan_200dpi.expected.json", 0.99)]
    [TestCase("scan/2019_plain_scan_150dpi.expected.json", 0.99)]
    [TestCase("scan/2019_signed_changes_scan_300dpi.expected.json", 0.99)]
    [TestCase("pdf/scanned.expected.json", 0.99)]
    [TestCase("scan/2021_plain_strips_200dpi.expected.json", 0.99)]
    [TestCase("scan/2021_plain_outlines.expected.json", 0.99)]
    [TestCase("scan/2021_plain_mixed.expected.json", 0.99)]
    [TestCase("scan/2021_plain_stamped_scan.expected.json", 0.99)]
    [TestCase("scan/2021_plain_searchable_scan.expected.json", 0.99)]
    public void A_clean_scan_reads_nearly_all_of_its_cells(string expectation, double share)
    {
        var (result, expected) = FixtureTests.Run(expectation);
        var found = result.Cells.Count(c => expected.Cells.ContainsKey(c.Key.ToString()));
        Assert.That(found, Is.GreaterThanOrEqualTo(share * expected.Cells.Count), $"status {result.Status.ToCsv()}, error: {result.Error}");
    }

    [Test]
    public void A_value_read_by_ocr_says_so_with_its_confidence()
    {
        var (result, _) = FixtureTests.Run("scan/2021_plain_scan_200dpi.expected.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.Format, Is.EqualTo("pdf-ocr"));
            Assert.That(result.Cells.Select(c => c.Location), Is.All.InstanceOf<OcrLocation>());
            Assert.That(result.Cells[0].Location.Describe(), Does.Match(@"^page \d+ box [\d.,]+ ocr [01]\.\d\d$"));
            Assert.That(result.Cells.Select(c => ((OcrLocation)c.Location).Confidence), Is.All.InRange(0.6, 1.0));
        });
    }

    [Test]
    public void A_mixed_pdf_reads_its_text_pages_from_their_letters_and_its_scanned_pages_by_ocr()
    {
        var (result, _) = FixtureTests.Run("scan/2021_plain_mixed.expected.json");
        var byPage = result.Cells.GroupBy(c => c.Location is OcrLocation o ? o.Page : ((PageLocation)c.Location).Page).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Multiple(() =>
        {
            Assert.That(result.Format, Is.EqualTo("pdf+ocr"));
            Assert.That(byPage.Keys.Order(), Is.EqualTo(new[] { 1, 2, 3, 4 }), "every page gives values");
            Assert.That(byPage[1].Concat(byPage[3]).Select(c => c.Location), Is.All.InstanceOf<PageLocation>(), "pages 1 and 3 have their text layer");
            Assert.That(byPage[2].Concat(byPage[4]).Select(c => c.Location), Is.All.InstanceOf<OcrLocation>(), "pages 2 and 4 are scans");
            Assert.That(byPage[2].Select(c => ((OcrLocation)c.Location).Confidence), Is.All.InRange(0.6, 1.0));
        });
    }

    [Test]
    public void Without_ocr_a_mixed_pdf_is_read_from_its_text_pages_alone()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("scan", "2021_plain_mixed.pdf"));
        var result = new DocumentProcessor(ProcessingLimits.Default with { Ocr = false }).Process(bytes, "mixed.pdf");
        Assert.Multiple(() =>
        {
            Assert.That(result.Format, Is.EqualTo("pdf"));
            Assert.That(result.Cells, Is.Not.Empty);
            Assert.That(result.Cells.Select(c => c.Location), Is.All.InstanceOf<PageLocation>());
            Assert.That(result.Cells.Select(c => ((PageLocation)c.Location).Page).Distinct(), Is.SubsetOf(new[] { 1, 3 }));
        });
    }

    [Test]
    public void The_page_bound_of_ocr_applies_to_the_scanned_pages_of_a_mixed_pdf()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("scan", "2021_plain_mixed.pdf"));
        var limits = ProcessingLimits.Default with { OcrWork = OcrBudget.Default with { MaxPages = 1 } };
        var result = new DocumentProcessor(limits).Process(bytes, "mixed.pdf");
        var pages = result.Cells.Select(c => c.Location is OcrLocation o ? o.Page : ((PageLocation)c.Location).Page).Distinct().Order();
        Assert.Multiple(() =>
        {
            Assert.That(result.Format, Is.EqualTo("pdf+ocr"));
            Assert.That(pages, Is.EqualTo(new[] { 1, 2, 3 }), "page 3 is read from its text after the bound stopped OCR");
            Assert.That(result.Status, Is.Not.EqualTo(ReportStatus.Ok));
            Assert.That(result.Error, Does.Contain("page 4 not read by OCR: the bound of 1 pages per document was reached"));
        });
    }

    [Test]
    public void A_report_read_by_ocr_is_ok_only_when_every_identity_passes()
    {
        foreach (var name in new[] { "scan/2021_plain_scan_200dpi.expected.json", "scan/2019_plain_scan_150dpi.expected.json", "scan/2019_signed_changes_scan_300dpi.expected.json", "pdf/scanned.expected.json", "scan/2021_plain_mixed.expected.json", "scan/2021_plain_outlines.expected.json", "scan/2021_plain_stamped_scan.expected.json" })
        {
            var (result, _) = FixtureTests.Run(name);
            var errors = result.Checks.Where(c => c.Severity == Core.Schema.Severity.Error).ToList();
            Assert.That(errors.Where(c => c.FailedAsError), Is.Empty, name);
            if (result.Status == ReportStatus.Ok)
            {
                Assert.That(errors.Select(c => c.Outcome), Is.All.EqualTo(Core.Checks.CheckOutcome.Pass), name);
            }
        }
    }

    [Test]
    public void A_scan_stamped_with_page_numbers_is_read_from_its_pictures_not_its_stamps()
    {
        var (result, _) = FixtureTests.Run("scan/2021_plain_stamped_scan.expected.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.Format, Is.EqualTo("pdf-ocr"));
            Assert.That(result.Cells, Is.Not.Empty);
            Assert.That(result.Cells.Select(c => c.Location), Is.All.InstanceOf<OcrLocation>());
        });
    }

    [Test]
    public void Without_ocr_a_stamped_scan_is_a_failed_row_that_says_it_is_a_scan()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("scan", "2021_plain_stamped_scan.pdf"));
        var result = new DocumentProcessor(ProcessingLimits.Default with { Ocr = false }).Process(bytes, "stamped.pdf");
        Assert.That((result.Status, result.Format, result.Error), Is.EqualTo((ReportStatus.Failed, "pdf", "scanned PDF: no text layer, 4 pages (only 144 letters stamped over their images)")));
    }

    [Test]
    public void Without_ocr_a_scan_is_a_failed_row_that_says_it_is_a_scan()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("scan", "2021_plain_scan_200dpi.pdf"));
        var result = new DocumentProcessor(ProcessingLimits.Default with { Ocr = false }).Process(bytes, "scan.pdf");
        Assert.That((result.Status, result.Format, result.Error), Is.EqualTo((ReportStatus.Failed, "pdf", "scanned PDF: no text layer, 4 pages")));
    }
}
