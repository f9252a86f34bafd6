using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Composition;
using Extractor.FixtureGenerator.Documents;
using Extractor.FixtureGenerator.Expectations;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>Documents that are not template reports, or not readable at all: each must end as a row, never a crash.</summary>
public static class BadInputFixtures
{
    private const string Folder = "bad";

    public static IEnumerable<IFixture> All =>
    [
        new DocumentFixture(Folder, "2017_legacy_report.txt", rng =>
        {
            var agency = Agencies.Draw(rng);
            return new(TextEncodings.Utf8(LegacyReport.Text(agency, 2017)), Expectation.NotAReport("legacy", null, "legacy", 2017, agency, []));
        }),
        new DocumentFixture(Folder, "news_article.txt", rng =>
            new(TextEncodings.Utf8(NewsArticle.Text(Agencies.Draw(rng), 2024)), Expectation.NotAReport("failed", null, string.Empty, null, null, []))),
        new DocumentFixture(Folder, "empty.txt", _ =>
            new([], Expectation.NotAReport("failed", null, string.Empty, null, null, []))),
        new DocumentFixture(Folder, "binary_junk.txt", rng => new(Junk(rng), Expectation.NotAReport("failed", null, string.Empty, null, null, []))),
        new DocumentFixture(Folder, "half_page.html", HalfPage),
    ];

    /// <summary>Random bytes with NUL runs, as a mislabelled attachment or a broken download gives.</summary>
    private static byte[] Junk(SeededRandom rng)
    {
        var bytes = rng.Bytes(4096);
        for (var i = 0; i < bytes.Length; i += 509)
        {
            bytes.AsSpan(i, Math.Min(16, bytes.Length - i)).Clear();
        }

        return bytes;
    }

    private static GeneratedFixture HalfPage(SeededRandom rng)
    {
        var agency = Agencies.Draw(rng);
        var model = ReportSampler.Sample(Era.Template2021, 2024, agency, ValueProfile.Quiet, rng);
        var style = new DocumentStyle();
        var preamble = Preamble.Text(PreambleKind.OwnNotice, Era.Template2021, model.Year, agency) ?? string.Empty;
        var overview = new ProseWriter(model, style, rng).Overview().ToList();

        // Kept: the 第二十条第（一）项 row, its header and the 规章 row; the page stops inside the next row.
        var html = HalfHtmlPage.Html(model, preamble, overview, 3);
        var expected = new Expectation(
            "incomplete",
            ["failed", "incomplete"],
            model.Schema.Era.ToCsv(),
            model.Year,
            agency,
            ExpectedCells.From(model),
            model.Schema.Cells,
            [],
            [],
            []);
        return new(TextEncodings.Utf8(html), expected);
    }
}
