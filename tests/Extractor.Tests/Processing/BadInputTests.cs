using System.Text;
using Extractor.Core.Reports;
using Extractor.Readers;
using FsProperty = FsCheck.NUnit.PropertyAttribute;

namespace Extractor.Tests.Processing;

/// <summary>Bad input is normal input: every case is one row with a status and a one-line reason, never an exception.</summary>
public class BadInputTests
{
    private static ReportResult Process(byte[] bytes, string name = "x.txt") => new DocumentProcessor().Process(bytes, name);

    [Test]
    public void Empty_file()
    {
        var r = Process([]);
        Assert.That((r.Status, r.Error), Is.EqualTo((ReportStatus.Failed, "empty file (0 bytes)")));
    }

    [Test]
    public void Whitespace_only_file() =>
        Assert.That(Process(Encoding.UTF8.GetBytes(" \n\u3000\n\t\n")).Error, Does.Contain("blank"));

    [Test]
    public void Binary_junk()
    {
        var junk = new byte[10_000];
        new Random(42).NextBytes(junk);
        var r = Process(junk, "junk.bin");
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(r.Error, Does.StartWith("binary data"));
        });
    }

    [Test]
    public void A_fifty_megabyte_text_file_is_refused_by_size()
    {
        var big = new byte[50 << 20];
        Array.Fill(big, (byte)'0');
        var r = Process(big, "big.txt");
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(r.Error, Does.StartWith("too large for a txt report: 50.0 MB"));
        });
    }

    [Test]
    public void A_news_article_is_not_a_report()
    {
        var r = Process(Encoding.UTF8.GetBytes("我市召开政务公开工作会议\n会议指出，各单位要按时发布年度报告。\n全市共有35个单位参会。"));
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(r.EraText, Is.Empty);
            Assert.That(r.Error, Does.Contain("not a government information disclosure annual report"));
        });
    }

    [Test]
    public void A_legacy_report_keeps_its_sections_and_no_grid()
    {
        var text = """
            某县人民政府2016年政府信息公开工作年度报告
            一、概述
            2016年，我县认真贯彻落实《条例》，全年主动公开信息1200条。
            二、主动公开政府信息情况
            全年主动公开政府信息1200条，其中规范性文件12件。
            三、依申请公开政府信息情况
            全年共收到政府信息公开申请15件，均已按时答复。
            四、政府信息公开的收费及减免情况
            未收取任何费用。
            """;
        var r = Process(Encoding.UTF8.GetBytes(text));
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Legacy));
            Assert.That(r.EraText, Is.EqualTo("legacy"));
            Assert.That(r.Year, Is.EqualTo(2016));
            Assert.That(r.Cells, Is.Empty);
            Assert.That(r.Sections.Select(s => s.Number), Is.EqualTo(new[] { 1, 2, 3 }));
        });
    }

    [TestCase("PK\u0003\u0004", "zip", "truncated or corrupt ZIP package", TestName = "A ZIP signature over junk is a corrupt package")]
    [TestCase("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", "doc", "truncated compound file", TestName = "A compound file signature over junk is a truncated compound file")]
    public void Office_formats_that_cannot_be_read_say_why(string magic, string format, string reason)
    {
        var r = Process(Encoding.Latin1.GetBytes(magic + new string('x', 100)), "a.bin");
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(r.Format, Is.EqualTo(format));
            Assert.That(r.Error, Does.Contain(reason));
        });
    }

    [FsProperty(MaxTest = 200)]
    public bool Any_bytes_give_a_row_not_an_exception(byte[] bytes)
    {
        var r = Process(bytes ?? []);
        return r.Status == ReportStatus.Failed ? !string.IsNullOrEmpty(r.Error) && !r.Error.Contains('\n', StringComparison.Ordinal) : r.ReportId.Length == 16;
    }

    [FsProperty(MaxTest = 200)]
    public bool Any_text_gives_a_row_not_an_exception(string text)
    {
        var r = Process(Encoding.UTF8.GetBytes(text ?? string.Empty));
        return r.ReportId.Length == 16;
    }
}
