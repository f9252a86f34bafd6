using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Composition;
using Extractor.FixtureGenerator.Expectations;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>
/// A synthetic template report: sampled consistent values, edited to plant a quirk, printed in a style, with an
/// expectation derived from what was actually printed (which cells reached the text, which identities fail).
/// </summary>
public sealed class ReportFixture(string name, Era era, params int[] quirks) : IFixture
{
    public string Name => name;

    public string Folder { get; init; } = "text";

    /// <summary>The file's extension with its dot: ".txt" for scraped text, ".html" for a page.</summary>
    public string Extension { get; init; } = ".txt";

    public string FileName => name + Extension;

    public int? Year { get; init; }

    public string? Agency { get; init; }

    public ValueProfile? Profile { get; init; }

    public Func<DocumentStyle, DocumentStyle> Style { get; init; } = s => s;

    /// <summary>Edits the sampled model: odd printings, blanks, source errors.</summary>
    public Action<ReportModel, SeededRandom> Values { get; init; } = (_, _) => { };

    public Func<ComposedDocument, ComposedDocument> Cut { get; init; } = d => d;

    /// <summary>A rewrite of the finished text (a traditional-character mirror).</summary>
    public Func<string, string> Text { get; init; } = t => t;

    public Func<string, byte[]> Encode { get; init; } = TextEncodings.Utf8;

    /// <summary>Cells that are printed but that a parser cannot honestly place (free text where a count belongs).</summary>
    public Func<ReportModel, IEnumerable<CellKey>> Unplaceable { get; init; } = _ => [];

    public Func<Expectation, Expectation> Expect { get; init; } = e => e;

    public GeneratedFixture Generate()
    {
        var (model, rng) = Sample();
        var style = Style(new DocumentStyle());
        var document = Cut(new ReportComposer(model, style, rng).Compose());
        var text = Text(document.Text);
        return new GeneratedFixture(Encode(text), Expect(Expectation(model, document)));
    }

    /// <summary>
    /// The fixture's values with its quirk planted, and the generator in the state the text's composer continues
    /// from. Other printings of the same report (the PDF sources) start from here, so they hold the same values.
    /// </summary>
    public (ReportModel Model, SeededRandom Rng) Sample()
    {
        var rng = SeededRandom.ForName(name);
        var year = Year ?? (era == Era.Template2021 ? rng.Between(2021, 2024) : rng.Between(2019, 2020));
        var agency = Agency ?? Agencies.Draw(rng);
        var profile = Profile ?? (rng.Percent(50) ? ValueProfile.Busy : ValueProfile.Quiet);
        var model = ReportSampler.Sample(era, year, agency, profile, rng);
        Values(model, rng);
        return (model, rng);
    }

    private Expectation Expectation(ReportModel model, ComposedDocument document)
    {
        var printed = document.PrintedCells;

        // A row with a value missing cannot be placed column by column: all its cells may be missing (a browser shows
        // a missing <td> as a shift too). A table printed as one run (table 4) is lost whole.
        var missing = Unplaceable(model).ToHashSet();
        foreach (var table in model.Schema.Tables)
        {
            foreach (var row in table.Rows)
            {
                var rowCells = table.Cells.Where(k => k.Row == row.Key).ToList();
                if (rowCells.Any(k => !printed.Contains(k)))
                {
                    missing.UnionWith(table.Layout == TableLayout.SingleRun ? table.Cells : rowCells);
                }
            }
        }

        var ordered = model.Schema.Cells.Where(missing.Contains).ToList();
        var failing = IdentityChecks.Failing(model, missing);
        var status = ordered.Count > 0 ? ReportStatus.Incomplete
            : failing.Count > 0 ? ReportStatus.Inconsistent
            : ReportStatus.Ok;

        return new Expectation(
            status.ToCsv(),
            null,
            model.Schema.Era.ToCsv(),
            model.Year,
            model.Agency,
            ExpectedCells.From(model),
            ordered,
            failing,
            document.Warnings,
            quirks);
    }
}
