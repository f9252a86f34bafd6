using System.Globalization;
using Extractor.Core.Reports;
using Extractor.Core.Values;
using Extractor.Readers;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Html;

/// <summary>
/// fixtures/html/2021_portal_gbk_undeclared.html is a GBK page without any charset declaration. The fixture harness
/// passes no Content-Type, so there it must fail; given the charset the server would have sent, it must give exactly
/// the values of its expected file.
/// </summary>
public class HtmlFixtureCharsetTests
{
    private const string ContentType = "text/html; charset=gbk";

    private static string Page => RepoPaths.Fixture("html", "2021_portal_gbk_undeclared.html");

    private static Expectation Expected => Expectation.Load(RepoPaths.Fixture("html", "2021_portal_gbk_undeclared.expected.json"));

    [Test]
    public void Without_a_content_type_the_undeclared_gbk_page_fails_for_its_charset()
    {
        var r = new DocumentProcessor().Process(File.ReadAllBytes(Page), Page);
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Failed));
            Assert.That(r.Error, Does.Contain("charset"));
            Assert.That(r.Cells, Is.Empty);
        });
    }

    [Test]
    public void With_the_charset_from_the_content_type_the_page_gives_the_exact_values_of_its_expected_file()
    {
        var e = Expected;
        var r = new DocumentProcessor().Process(File.ReadAllBytes(Page), Page, ContentType);
        var cells = r.Cells.ToDictionary(c => c.Key.ToString());
        var wrong = new List<string>();
        foreach (var (key, truth) in e.Cells)
        {
            if (!cells.TryGetValue(key, out var cell))
            {
                wrong.Add($"{key}: missing");
            }
            else if (cell.Kind.ToCsv() != truth.Kind
                || (truth.Value is not null && cell.Number != decimal.Parse(truth.Value, CultureInfo.InvariantCulture))
                || (truth.Raw is not null && cell.Raw.Trim() != truth.Raw.Trim()))
            {
                wrong.Add($"{key}: got {cell.Kind.ToCsv()} {cell.Number} from '{cell.Raw}', truth {truth.Kind} {truth.Value}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(ReportStatus.Ok), r.Error);
            Assert.That(r.EraText, Is.EqualTo(e.Era));
            Assert.That(r.Year, Is.EqualTo(e.Year));
            Assert.That(r.Agency, Is.EqualTo(e.Agency));
            Assert.That(e.Cells, Has.Count.EqualTo(200));
            Assert.That(wrong, Is.Empty);
            Assert.That(cells.Keys.Except(e.Cells.Keys), Is.Empty, "cells that are not of the era");
            Assert.That(r.Checks.Where(c => c.FailedAsError).Select(c => $"{c.Check}:{c.Scope}"), Is.Empty);
        });
    }
}
