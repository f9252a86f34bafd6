using Extractor.Core.Checks;
using Extractor.Core.Reports;
using Extractor.Readers;

namespace Extractor.Tests.Checks;

/// <summary>
/// fixtures/series holds one agency's reports for three consecutive years. Year 2 carries over exactly what year 1
/// carried forward and keeps 现行有效 in step; year 3's carried_over.total disagrees with year 2's carried_forward.total.
/// </summary>
public class SeriesTests
{
    private static IReadOnlyList<ReportResult> Series()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Fixture("series"))
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.That(files, Has.Count.EqualTo(3));
        var processor = new DocumentProcessor();
        return CrossReportChecks.Apply([.. files.Select(f => processor.Process(File.ReadAllBytes(f), f))]);
    }

    private static List<CheckResult> Chain(ReportResult report, string check) => [.. report.Checks.Where(c => c.Check == check)];

    [Test]
    public void The_series_is_one_agency_in_three_consecutive_years()
    {
        var series = Series();
        Assert.Multiple(() =>
        {
            Assert.That(series.Select(r => r.Agency).Distinct().Count(), Is.EqualTo(1));
            Assert.That(series.Select(r => r.Year), Is.EqualTo(new int?[] { 2021, 2022, 2023 }));
        });
    }

    [Test]
    public void The_first_year_has_no_carry_chain_check()
    {
        var first = Series()[0];
        Assert.Multiple(() =>
        {
            Assert.That(Chain(first, "carry_chain"), Is.Empty);
            Assert.That(first.Status, Is.EqualTo(ReportStatus.Ok), first.Error);
        });
    }

    [Test]
    public void The_second_year_carries_over_what_the_first_carried_forward_in_every_column()
    {
        var second = Series()[1];
        var carry = Chain(second, "carry_chain");
        Assert.Multiple(() =>
        {
            Assert.That(carry, Has.Count.EqualTo(7));
            Assert.That(carry.Select(c => c.Outcome), Is.All.EqualTo(CheckOutcome.Pass));
            Assert.That(second.Status, Is.EqualTo(ReportStatus.Ok), second.Error);
        });
    }

    [Test]
    public void The_second_years_in_force_follows_from_the_first_years_and_its_own_issued_and_repealed()
    {
        var inForce = Chain(Series()[1], "in_force_chain");
        Assert.Multiple(() =>
        {
            Assert.That(inForce, Has.Count.EqualTo(2));
            Assert.That(inForce.Select(c => c.Outcome), Is.All.EqualTo(CheckOutcome.Pass));
        });
    }

    [Test]
    public void The_third_years_carried_over_total_breaks_the_chain()
    {
        var third = Series()[2];
        var total = Chain(third, "carry_chain").Single(c => c.Scope.StartsWith("total", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(total.Outcome, Is.EqualTo(CheckOutcome.Fail));
            Assert.That(total.Actual, Is.EqualTo(total.Expected + 1));
            Assert.That(third.Status, Is.EqualTo(ReportStatus.Inconsistent));
            Assert.That(third.Error, Does.Contain("carry_chain"));
        });
    }
}
