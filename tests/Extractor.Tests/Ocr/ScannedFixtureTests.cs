using Extractor.Core.Documents;
using Extractor.Core.Reports;
using Extractor.Readers;
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
    public void A_report_read_by_ocr_is_ok_only_when_every_identity_passes()
    {
        foreach (var name in new[] { "scan/2021_plain_scan_200dpi.expected.json", "scan/2019_plain_scan_150dpi.expected.json", "scan/2019_signed_changes_scan_300dpi.expected.json", "pdf/scanned.expected.json" })
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
    public void Without_ocr_a_scan_is_a_failed_row_that_says_it_is_a_scan()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("scan", "2021_plain_scan_200dpi.pdf"));
        var result = new DocumentProcessor(ProcessingLimits.Default with { Ocr = false }).Process(bytes, "scan.pdf");
        Assert.That((result.Status, result.Format, result.Error), Is.EqualTo((ReportStatus.Failed, "pdf", "scanned PDF: no text layer, 4 pages")));
    }
}
