using Extractor.Core.Reports;
using Extractor.Output;

namespace Extractor.Tests.Output;

/// <summary>A report followed by megabytes of junk must not give a CSV field no common reader takes.</summary>
public sealed class SectionCapTests
{
    [Test]
    public void AHugeSectionIsCutWithANoteInTheFieldAndInReports()
    {
        using var folder = new TemporaryFolder();
        var junk = string.Concat(Enumerable.Repeat("垃圾文本junk", 300_000));
        var report = SampleReports.Complete2021 with { Sections = [new Section(6, "六、其他需要报告的事项", junk), new Section(1, "一、总体情况", "短")] };

        ReportFiles.Write([report], folder.Path);

        var sections = CsvFileContents.Read(folder.Combine("sections.csv"));
        var text = sections.Field(0, "text");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Has.Length.LessThan(SectionsFile.MaxFieldLength + 100));
            Assert.That(text, Does.StartWith(junk[..SectionsFile.MaxFieldLength]));
            Assert.That(text, Does.EndWith($" […cut: {junk.Length:N0} characters, the first 100,000 kept]"));
            Assert.That(sections.Field(1, "text"), Is.EqualTo("短"));
            Assert.That(CsvFileContents.Read(folder.Combine("reports.csv")).Field(0, "notes"), Is.EqualTo($"section 6 has {junk.Length:N0} characters: cut to 100,000 in sections.csv"));
        }
    }

    [Test]
    public void ACutNeverSplitsASurrogatePair()
    {
        var text = new string('a', SectionsFile.MaxFieldLength - 1) + "𠀀" + "tail";

        var capped = SectionsFile.Capped(text);

        Assert.That(capped, Does.StartWith(new string('a', SectionsFile.MaxFieldLength - 1) + " […cut:"));
    }

    [Test]
    public void ShortTextIsKeptAsItIs() =>
        Assert.That(SectionsFile.Capped("一、总体情况"), Is.EqualTo("一、总体情况"));
}
