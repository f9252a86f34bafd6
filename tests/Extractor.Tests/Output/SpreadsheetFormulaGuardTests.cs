using Extractor.Output;

namespace Extractor.Tests.Output;

public sealed class SpreadsheetFormulaGuardTests
{
    [TestCase("=1+1", "'=1+1")]
    [TestCase("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\tx", "'\tx")]
    [TestCase("\rx", "'\rx")]
    [TestCase("+86 10 1234", "'+86 10 1234")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("+", "'+")]
    [TestCase("-1e5", "'-1e5")]
    public void TextThatStartsLikeAFormulaGetsAnApostrophe(string field, string written) =>
        Assert.That(SpreadsheetFormulaGuard.Protect(field), Is.EqualTo(written));

    [TestCase("-5")]
    [TestCase("+3")]
    [TestCase("-1.50")]
    [TestCase("+0.25")]
    [TestCase("12")]
    [TestCase("")]
    [TestCase("本年新收")]
    [TestCase("a=b")]
    [TestCase("—")]
    [TestCase("-")]
    [TestCase(" =1")]
    public void PlainNumbersAndOrdinaryTextAreLeftAlone(string field) =>
        Assert.That(SpreadsheetFormulaGuard.Protect(field), Is.EqualTo(field));

    [Test]
    public void NonAsciiDigitsAreNotPlainNumbers() =>
        Assert.That(SpreadsheetFormulaGuard.Protect("-１２"), Is.EqualTo("'-１２"));

    [Test]
    public void WrittenFilesCarryTheGuard()
    {
        using var folder = new TemporaryFolder();
        ReportFiles.Write(SampleReports.All, folder.Path);

        var sections = CsvFileContents.Read(folder.Combine("sections.csv"));

        Assert.That(sections.Column("text"), Does.Contain("'=HYPERLINK(\"http://example.invalid\")"));
    }
}
