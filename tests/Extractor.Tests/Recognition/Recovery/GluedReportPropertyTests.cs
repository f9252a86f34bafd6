namespace Extractor.Tests.Recognition.Recovery;

/// <summary>
/// Random template-consistent reports, flattened and glued: every cell read is the truth, or absent; never different.
/// The benchmark tool's <c>recovery</c> command runs the same trial over 10,000 reports and more.
/// </summary>
public class GluedReportPropertyTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Glued_reports_are_read_right_or_not_at_all(int seed)
    {
        var outcome = GluedReports.Run(seed, 100);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Wrong, Is.Empty);
            Assert.That(outcome.NotTemplate, Is.Zero, "every flattened report is read as a report of its era");
            Assert.That(outcome.Recovered, Is.GreaterThan(outcome.Cells / 10), "the recovery reads a good share of the glued cells");
        });
    }
}
