using Extractor.Core.Reports;
using Extractor.Readers;
using Extractor.Readers.Pdf;
using Extractor.Tests.Output;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Extractor.Tests.Pdf;

/// <summary>A reader stopped by a bound has not seen the whole document: whatever the recogniser finds, the row says so.</summary>
public sealed class ReaderBoundTests
{
    private const string Bound = "reading stopped before page 2 of 9: the bound of 60 s per PDF was used up";

    /// <summary>A cover page of plain text, then every page of a real report.</summary>
    private static byte[] CoverThenReport(string fixture)
    {
        using var report = PdfDocument.Open(File.ReadAllBytes(RepoPaths.Fixture(fixture)));
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var cover = builder.AddPage(PageSize.A4);
        cover.AddText("Archive of county documents, scanned 2024", 12, new PdfPoint(60, 700), font);
        cover.AddText("Contents: annual report on government information disclosure", 12, new PdfPoint(60, 680), font);
        for (var p = 1; p <= report.NumberOfPages; p++)
        {
            builder.AddPage(report, p);
        }

        return builder.Build();
    }

    [Test]
    public void AReportBehindACoverPageIsReadWhenNoBoundIsHit()
    {
        var bytes = CoverThenReport("pdf/2021_plain_libreoffice.pdf");

        var report = new DocumentProcessor().Process(bytes, "cover.pdf");

        Assert.That(report.Status, Is.Not.EqualTo(ReportStatus.Failed), report.Error);
    }

    [Test]
    public void ABoundHitAfterTheCoverIsNamedWhereTheRecogniserSeesNoReport()
    {
        var bytes = CoverThenReport("pdf/2021_plain_libreoffice.pdf");
        var limits = new ProcessingLimits { PdfWork = PdfWorkBudget.Default with { MaxLetters = 1 } };

        var report = new DocumentProcessor(limits).Process(bytes, "cover.pdf");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(report.Error, Does.StartWith("reading stopped before page 2 of "));
            Assert.That(report.Error, Does.Contain("the bound of 1 letters per PDF was reached; in the part read: not a government information disclosure annual report"));
        }
    }

    [Test]
    public void PagesSkippedForTheirSizeAreNamedWhereTheRecogniserSeesNoReport()
    {
        var bytes = CoverThenReport("pdf/2021_plain_libreoffice.pdf");
        var limits = new ProcessingLimits { PdfWork = PdfWorkBudget.Default with { MaxLettersPerPage = 200 } };

        var report = new DocumentProcessor(limits).Process(bytes, "cover.pdf");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(report.Error, Does.Match(@"^page 2 skipped: \d+ letters \(bound 200 per page\); "));
            Assert.That(report.Error, Does.Contain("; in the part read: not a government information disclosure annual report"));
        }
    }

    [Test]
    public void AReportWholeInThePartReadIsNotOkWhenABoundStoppedTheReader()
    {
        var ok = SampleReports.Complete2021 with { Status = ReportStatus.Ok, Error = null };

        var named = ReaderBound.Named(ok, Bound);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(named.Status, Is.EqualTo(ReportStatus.Incomplete));
            Assert.That(named.Error, Is.EqualTo("not wholly read: " + Bound));
        }
    }

    [TestCase(ReportStatus.Legacy)]
    [TestCase(ReportStatus.Inconsistent)]
    [TestCase(ReportStatus.Incomplete)]
    public void EveryOtherStatusKeepsItsStatusAndNamesTheBoundFirst(ReportStatus status)
    {
        var report = SampleReports.Complete2021 with { Status = status, Error = status == ReportStatus.Legacy ? null : "3 of 200 cells not placed" };

        var named = ReaderBound.Named(report, Bound);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(named.Status, Is.EqualTo(status));
            Assert.That(named.Error, Does.StartWith(Bound));
        }
    }

    [Test]
    public void ABoundAlreadyInTheReasonIsNotRepeated()
    {
        var report = SampleReports.Complete2021 with { Status = ReportStatus.Incomplete, Error = $"truncated: {Bound}; 120 of 200 cells not placed" };

        Assert.That(ReaderBound.Named(report, Bound).Error, Is.EqualTo(report.Error));
    }
}
