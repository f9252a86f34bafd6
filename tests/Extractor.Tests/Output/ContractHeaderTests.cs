using System.Text;
using Extractor.Core.Schema;
using Extractor.Output;

namespace Extractor.Tests.Output;

/// <summary>Column names and order are a public interface (shared/spec/output-contract.md): literal lists, on purpose.</summary>
public sealed class ContractHeaderTests
{
    private static readonly string[] ReportsFixed =
        ["report_id", "source", "agency", "region_code", "year", "era", "format", "status", "error", "cells_found", "checks_failed"];

    private static readonly string[] Values = ["report_id", "table", "row", "column", "value", "kind", "raw", "location"];

    private static readonly string[] Checks = ["report_id", "check", "scope", "expected", "actual", "result", "cells"];

    private static readonly string[] Sections = ["report_id", "section", "heading", "text"];

    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void ReportsHeaderIsTheFixedColumnsThenEveryCellKeyInSchemaOrderThenTheAddedColumns()
    {
        string[] expected = [.. ReportsFixed, .. ReportColumns.Cells.Select(c => $"{c.Table}.{c.Row}.{c.Column}"), "notes", "also_at"];

        Assert.That(ReportsFile.Header, Is.EqualTo(expected));
    }

    [TestCase("applications.new_received.total")]
    [TestCase("active.fees.amount_10k_yuan")]
    [TestCase("review_litigation.review.total")]
    public void ReportsHeaderHasTheContractsExampleCellColumns(string column) =>
        Assert.That(ReportsFile.Header.Skip(ReportsFixed.Length), Does.Contain(column));

    [Test]
    public void ReportsCellColumnsAreUnique() =>
        Assert.That(ReportsFile.Header, Is.Unique);

    [Test]
    public void EveryWrittenFileStartsWithTheContractHeader()
    {
        ReportFiles.Write(SampleReports.All, _folder.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CsvFileContents.Read(_folder.Combine("reports.csv")).Header, Is.EqualTo(ReportsFile.Header));
            Assert.That(CsvFileContents.Read(_folder.Combine("values.csv")).Header, Is.EqualTo(Values));
            Assert.That(CsvFileContents.Read(_folder.Combine("checks.csv")).Header, Is.EqualTo(Checks));
            Assert.That(CsvFileContents.Read(_folder.Combine("sections.csv")).Header, Is.EqualTo(Sections));
        }
    }

    [Test]
    public void HeaderLineIsPlainCommaSeparatedNames()
    {
        ReportFiles.Write(SampleReports.All, _folder.Path);

        var firstLine = File.ReadAllLines(_folder.Combine("checks.csv"), Encoding.UTF8)[0];

        Assert.That(firstLine, Is.EqualTo("report_id,check,scope,expected,actual,result,cells"));
    }
}
