using System.Text;
using Extractor.Output;

namespace Extractor.Tests.Output;

public sealed class CsvEncodingTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void EveryFileStartsWithTheUtf8ByteOrderMark()
    {
        ReportFiles.Write(SampleReports.All, _folder.Path);

        using (Assert.EnterMultipleScope())
        {
            foreach (var name in ReportFiles.FileNames)
            {
                var bytes = File.ReadAllBytes(_folder.Combine(name));
                Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), name);
            }
        }
    }

    [Test]
    public void EmptyRunStillWritesEveryFileWithBomAndHeader()
    {
        ReportFiles.Write([], _folder.Path);

        using (Assert.EnterMultipleScope())
        {
            foreach (var name in ReportFiles.FileNames)
            {
                var bytes = File.ReadAllBytes(_folder.Combine(name));
                Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), name);
                Assert.That(CsvFileContents.Read(_folder.Combine(name)).Rows, Is.Empty, name);
            }
        }
    }

    [Test]
    public void FieldsWithCommasQuotesAndNewlinesAreQuotedPerRfc4180()
    {
        ReportFiles.Write(SampleReports.All, _folder.Path);

        var text = File.ReadAllText(_folder.Combine("sections.csv"), Encoding.UTF8);

        Assert.That(text, Does.Contain("\"问题一，\"\"公开\"\"不够及时,\n改进：加强培训。\""));
    }

    [Test]
    public void RecordsEndWithCrLf()
    {
        ReportFiles.Write(SampleReports.All, _folder.Path);

        var text = File.ReadAllText(_folder.Combine("checks.csv"), Encoding.UTF8);

        Assert.That(text, Does.EndWith("\r\n").And.StartWith("\uFEFFreport_id,check,scope,expected,actual,result,cells\r\n"));
    }

    [Test]
    public void ChineseTextIsWrittenAsUtf8()
    {
        ReportFiles.Write(SampleReports.All, _folder.Path);

        var bytes = File.ReadAllBytes(_folder.Combine("reports.csv"));

        Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("北京市某区人民政府"));
    }
}
