using Extractor.Core.Schema;
using Extractor.Output;

namespace Extractor.Tests.Output;

/// <summary>What a consumer reading the files back gets, field by field.</summary>
public sealed class RoundTripTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void WriteSamples()
    {
        _folder = new TemporaryFolder();
        ReportFiles.Write(SampleReports.All, _folder.Path);
    }

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void ReportsRowsKeepTheirOrderAndFixedFields()
    {
        var reports = CsvFileContents.Read(_folder.Combine("reports.csv"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reports.Column("report_id"), Is.EqualTo(new[] { "0123456789abcdef", "fedcba9876543210", "00000000deadbeef" }));
            Assert.That(reports.Rows[0][..11], Is.EqualTo(new[]
            {
                "0123456789abcdef", "fixtures/2021/某区政府.html", "北京市某区人民政府", "110105", "2021", "2021", "html",
                "inconsistent", "balance fails in column total: 22 + 3 ≠ 24", "3", "1",
            }));
            Assert.That(reports.Rows[1][..11], Is.EqualTo(new[]
            {
                "fedcba9876543210", "fixtures/legacy/2016.txt", "某县人民政府", "", "2016", "legacy", "txt", "legacy", "", "0", "0",
            }));
            Assert.That(reports.Rows[2][..11], Is.EqualTo(new[]
            {
                "00000000deadbeef", "fixtures/broken.pdf", "", "", "", "", "pdf", "failed", "scanned PDF: no text layer", "0", "0",
            }));
        }
    }

    [Test]
    public void ReportsCellColumnsHoldNumbersAsPrintedAndEmptyOtherwise()
    {
        var reports = CsvFileContents.Read(_folder.Combine("reports.csv"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reports.Field(0, "applications.new_received.total"), Is.EqualTo("22"));
            Assert.That(reports.Field(0, "active.fees.amount_10k_yuan"), Is.EqualTo("1.50"));
            Assert.That(reports.Field(0, "review_litigation.review.total"), Is.Empty, "na");
            Assert.That(reports.Field(0, "review_litigation.review.upheld"), Is.Empty, "empty");
            Assert.That(reports.Field(0, "applications.total_processed.total"), Is.Empty, "missing");
            Assert.That(reports.Rows.Select(r => r.Length), Is.All.EqualTo(ReportsFile.Header.Count));
        }
    }

    [Test]
    public void ValuesHasOneRowPerCellWithKindRawAndLocation()
    {
        var values = CsvFileContents.Read(_folder.Combine("values.csv"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(values.Rows, Has.Count.EqualTo(5));
            Assert.That(values.Rows[0], Is.EqualTo(new[] { "0123456789abcdef", "applications", "new_received", "total", "22", "number", "22", "table 3 row 4 col 9" }));
            Assert.That(values.Rows[2], Is.EqualTo(new[] { "0123456789abcdef", "active", "fees", "amount_10k_yuan", "1.50", "number", "1.50", "table 2 row 8 col 2" }));
            Assert.That(values.Rows[3], Is.EqualTo(new[] { "0123456789abcdef", "review_litigation", "review", "total", "", "na", "—", "table 4 row 3 col 5" }));
            Assert.That(values.Rows[4], Is.EqualTo(new[] { "0123456789abcdef", "review_litigation", "review", "upheld", "", "empty", "", "table 4 row 3 col 1" }));
        }
    }

    [Test]
    public void ChecksHasOneRowPerIdentityWithCellsJoinedBySemicolons()
    {
        var checks = CsvFileContents.Read(_folder.Combine("checks.csv"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(checks.Rows, Has.Count.EqualTo(4));
            Assert.That(checks.Rows[0], Is.EqualTo(new[]
            {
                "0123456789abcdef", "balance", "total", "25", "24", "fail", "applications.new_received.total;applications.carried_over.total",
            }));
            Assert.That(checks.Rows[2], Is.EqualTo(new[]
            {
                "0123456789abcdef", "review_total", "review", "", "", "not_assessable", "review_litigation.review.total",
            }));
            Assert.That(checks.Column("result"), Is.EqualTo(new[] { "fail", "pass", "not_assessable", "fail" }));
        }
    }

    [Test]
    public void SectionsRoundTripTextWithCommasQuotesAndNewlines()
    {
        var sections = CsvFileContents.Read(_folder.Combine("sections.csv"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sections.Rows, Has.Count.EqualTo(3));
            Assert.That(sections.Rows[1], Is.EqualTo(new[]
            {
                "0123456789abcdef", "5", "五、存在的主要问题及改进情况", "问题一，\"公开\"不够及时,\n改进：加强培训。",
            }));
        }
    }

    [Test]
    public void NegativeNumbersStayNumbers()
    {
        var cell = new CellKey("active", "fees", "change");
        var report = SampleReports.Complete2021 with
        {
            Cells = [new(cell, Core.Values.ValueKind.Number, -2m, "-2", new Core.Documents.TextLineLocation(40, 3))],
        };
        ReportFiles.Write([report], _folder.Path);

        var values = CsvFileContents.Read(_folder.Combine("values.csv"));

        Assert.That(values.Rows[0][4..], Is.EqualTo(new[] { "-2", "number", "-2", "line 40 cell 3" }));
    }
}
