using Extractor.Output.Compare;

namespace Extractor.Tests.Compare;

public sealed class CompareBuilderTests
{
    private static ReportRecord Report(string id, string agency, int year, string status, decimal received, string? region = null) =>
        new(id, $"{id}.txt", agency, region, year, "2021", status, status == "ok" ? null : "why",
            new Dictionary<string, CellReading> { ["applications.new_received.total"] = new("applications.new_received.total", received, "number", received.ToString(System.Globalization.CultureInfo.InvariantCulture), "line 9") });

    private static decimal? Received(CompareRow row) => row.Cells["received_new"].Value.Value;

    [Test]
    public void OneRowPerAgencyAndYearWithTheChangeSinceTheYearBefore()
    {
        var rows = CompareBuilder.Shared.Build(
        [
            Report("a", "保定市徐水区人民政府", 2022, "ok", 10),
            Report("b", "徐水区人民政府", 2023, "ok", 14),
            Report("c", "保定市徐水区人民政府", 2023, "incomplete", 99),
        ], new CompareOptions());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => (r.Year, r.Report.ReportId)), Is.EqualTo(new[] { (2022, "a"), (2023, "b") }), "ok wins over incomplete; both spellings are one agency");
            Assert.That(rows[1].OtherReports, Is.EqualTo(new[] { "c" }));
            Assert.That(rows[1].Cells["received_new"].Change, Is.EqualTo(4m));
            Assert.That(rows[0].Cells["received_new"].Change, Is.Null);
        }
    }

    [Test]
    public void TheRegionAndTheYearsChooseTheRowsButTheChangeStillLooksBack()
    {
        var rows = CompareBuilder.Shared.Build(
        [
            Report("a", "保定市徐水区人民政府", 2022, "ok", 10),
            Report("b", "保定市徐水区人民政府", 2023, "ok", 15),
            Report("c", "苏州市市场监督管理局", 2023, "ok", 99),
        ], new CompareOptions("130600", y => y == 2023));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.Report.ReportId), Is.EqualTo(new[] { "b" }));
            Assert.That(rows[0].Cells["received_new"].Change, Is.EqualTo(5m));
        }
    }

    [Test]
    public void InconsistentReportsStayMarkedAndTakeNoPartInThePeersMedian()
    {
        string[] districts = ["竞秀区", "莲池区", "满城区", "清苑区", "徐水区"];
        var reports = districts.Select((d, i) => Report($"r{i}", $"保定市{d}人民政府", 2023, "ok", 20 + i)).ToList();
        reports.Add(Report("x", "保定市雄县人民政府", 2023, "inconsistent", 5000));
        reports.Add(Report("y", "保定市涿州市人民政府", 2023, "ok", 900));
        var rows = CompareBuilder.Shared.Build(reports, new CompareOptions("130600"));
        var byId = rows.ToDictionary(r => r.Report.ReportId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byId["x"].Report.Status, Is.EqualTo("inconsistent"));
            Assert.That(byId["x"].Cells["received_new"].Outlier, Is.Null, "not judged against peers");
            Assert.That(byId["y"].Cells["received_new"].Outlier, Is.EqualTo("high"));
            Assert.That(Received(byId["r0"]), Is.EqualTo(20m));
        }
    }

    [Test]
    public void FailedAndLegacyReportsAreLeftOut()
    {
        var rows = CompareBuilder.Shared.Build(
            [Report("a", "保定市徐水区人民政府", 2022, "ok", 1) with { Era = "legacy" }, Report("b", "保定市徐水区人民政府", 2023, "failed", 1) with { Era = "" }],
            new CompareOptions());
        Assert.That(rows, Is.Empty);
    }
}
