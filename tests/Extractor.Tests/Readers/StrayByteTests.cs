using System.Text;
using Extractor.Core.Reports;
using Extractor.Readers;
using Extractor.Readers.Text;

namespace Extractor.Tests.Readers;

/// <summary>Scraped archives are full of stray bytes: a report with a few of them is read, and the bytes are counted.</summary>
public sealed class StrayByteTests
{
    private static readonly DocumentProcessor Processor = new();

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static ReportResult Process(byte[] bytes, string name) => Processor.Process(bytes, name);

    /// <summary>The fixture's bytes with <paramref name="stray"/> put after each of its first sentence ends (prose, never a cell).</summary>
    private static byte[] WithStrayBytes(byte[] clean, byte[] sentenceEnd, params byte[][] stray)
    {
        var result = new List<byte>(clean.Length + 16);
        var at = 0;
        foreach (var bytes in stray)
        {
            var end = clean.AsSpan(at).IndexOf(sentenceEnd);
            Assert.That(end, Is.GreaterThanOrEqualTo(0), "the fixture has too few sentences");
            result.AddRange(clean.AsSpan(at, end + sentenceEnd.Length));
            result.AddRange(bytes);
            at += end + sentenceEnd.Length;
        }

        result.AddRange(clean.AsSpan(at));
        return [.. result];
    }

    private static readonly byte[] Utf8Stop = Encoding.UTF8.GetBytes("。");

    [TestCase("text/2019_one_cell_per_line.txt")]
    [TestCase("html/2021_portal_p_per_cell.html")]
    [TestCase("html/2019_portal_plain_table.html")]
    public void OneStrayByteInUtf8WithoutABomIsReadLikeTheCleanFile(string fixture)
    {
        var clean = File.ReadAllBytes(RepoPaths.Fixture(fixture));
        var expected = Process(clean, fixture);

        var withoutBom = Process(WithStrayBytes(clean, Utf8Stop, [0xFF]), fixture);
        var withBom = Process([.. Bom, .. WithStrayBytes(clean, Utf8Stop, [0xFF])], fixture);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(expected.Status, Is.EqualTo(ReportStatus.Ok), "the clean fixture");
            foreach (var report in new[] { withoutBom, withBom })
            {
                Assert.That(report.Status, Is.EqualTo(ReportStatus.Ok), report.Error);
                Assert.That(report.NumericCellsFound, Is.EqualTo(expected.NumericCellsFound));
                Assert.That(report.Cells.Select(c => (c.Key, c.Number)), Is.EqualTo(expected.Cells.Select(c => (c.Key, c.Number))));
                Assert.That(report.Agency, Is.EqualTo(expected.Agency));
                Assert.That(report.Notes, Has.Some.EqualTo("1 invalid byte replaced"));
            }
        }
    }

    [TestCase("text/2019_one_cell_per_line.txt")]
    [TestCase("html/2021_portal_p_per_cell.html")]
    public void AHandfulOfBadSequencesAreCountedAndReplaced(string fixture)
    {
        var clean = File.ReadAllBytes(RepoPaths.Fixture(fixture));

        // A lone continuation byte, a lead byte cut from its last continuation byte, and 0xFE: four bytes.
        var report = Process(WithStrayBytes(clean, Utf8Stop, [0x80], [0xE4, 0xB8], [0xFE]), fixture);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Status, Is.EqualTo(ReportStatus.Ok), report.Error);
            Assert.That(report.Notes, Has.Some.EqualTo("4 invalid bytes replaced"));
        }
    }

    [Test]
    public void EachBadSequenceBecomesOneReplacementCharacterInPlace()
    {
        var bytes = Encoding.UTF8.GetBytes("公开。").Concat(new byte[] { 0xE4, 0xB8 }).Concat(Encoding.UTF8.GetBytes("政务。")).Concat(new byte[] { 0xFF })
            .Concat(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("政府信息公开工作年度报告", 20)))).ToArray();

        var (text, failure, note) = TextDecoder.Decode(bytes);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure, Is.Null);
            Assert.That(text, Does.StartWith("公开。\ufffd政务。\ufffd政府"));
            Assert.That(note, Is.EqualTo("3 invalid bytes replaced"));
        }
    }

    [Test]
    public void Gb18030TextWithAFewBadBytesIsReadAndNoted()
    {
        var fixture = "text/2019_one_cell_per_line.txt";
        var gbk = TextDecoder.Gb18030.GetBytes(File.ReadAllText(RepoPaths.Fixture(fixture)));
        var expected = Process(gbk, fixture);

        var report = Process(WithStrayBytes(gbk, TextDecoder.Gb18030.GetBytes("。"), [0xFF], [0xFF], [0xFF]), fixture);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(expected.Status, Is.EqualTo(ReportStatus.Ok), expected.Error);
            Assert.That(report.Status, Is.EqualTo(ReportStatus.Ok), report.Error);
            Assert.That(report.NumericCellsFound, Is.EqualTo(expected.NumericCellsFound));
            Assert.That(report.Notes, Has.Some.EqualTo("decoded as GB18030 (not valid UTF-8); 3 invalid bytes replaced"));
        }
    }

    [Test]
    public void AGbkPageWithAFewBadBytesIsReadAndNoted()
    {
        var fixture = "html/2019_portal_gbk_meta_charset.html";
        var page = File.ReadAllBytes(RepoPaths.Fixture(fixture));
        var expected = Process(page, fixture);

        var report = Process(WithStrayBytes(page, TextDecoder.Gb18030.GetBytes("。"), [0xFF], [0xFF]), fixture);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(expected.Status, Is.EqualTo(ReportStatus.Ok), expected.Error);
            Assert.That(report.Status, Is.EqualTo(ReportStatus.Ok), report.Error);
            Assert.That(report.NumericCellsFound, Is.EqualTo(expected.NumericCellsFound));
            Assert.That(report.Notes, Has.Some.EqualTo("2 invalid bytes replaced"));
        }
    }

    [Test]
    public void TextThatIsMostlyUndecodableFailsSayingWhy()
    {
        var clean = File.ReadAllBytes(RepoPaths.Fixture("text/2019_one_cell_per_line.txt"));
        var damaged = clean.Select((b, i) => i % 4 == 0 ? (byte)0xFF : b).ToArray();

        var report = Process(damaged, "damaged.txt");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(report.Error, Does.StartWith("text is garbled: neither UTF-8 nor GB18030: as UTF-8 more than 5% of the non-ASCII bytes are invalid; as GB18030 "));
        }
    }

    [Test]
    public void GbkTextIsNeverTakenForUtf8WithBadBytes()
    {
        var gbk = TextDecoder.Gb18030.GetBytes(File.ReadAllText(RepoPaths.Fixture("text/2019_one_cell_per_line.txt")));

        Assert.That(TolerantUtf8.Decode(gbk), Is.Null);
    }

    [Test]
    public void AnUndeclaredGbkPageStillAsksForItsCharset()
    {
        var page = File.ReadAllBytes(RepoPaths.Fixture("html/2021_portal_gbk_undeclared.html"));

        var report = Process(page, "page.html");

        Assert.That(report.Error, Does.StartWith("charset not declared"));
    }
}
