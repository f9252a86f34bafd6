using System.Globalization;
using Extractor.Core.Checks;
using Extractor.Core.Reports;
using Extractor.Core.Values;
using Extractor.Readers;

namespace Extractor.Tests.Fixtures;

/// <summary>
/// Every committed fixture against its expected file: exact values, or a missing cell the expectation allows —
/// never a wrong number.
/// </summary>
public class FixtureTests
{
    public static IEnumerable<TestCaseData> Fixtures() =>
        Directory.EnumerateFiles(RepoPaths.Fixtures, "*.expected.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(e => new TestCaseData(Path.GetRelativePath(RepoPaths.Fixtures, e)).SetName(Path.GetFileName(e).Replace(".expected.json", "", StringComparison.Ordinal)));

    // Each fixture is read once for its four tests: a scanned fixture costs seconds of OCR.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(ReportResult, Expectation)>> Results = new();

    internal static (ReportResult Result, Expectation Expected) Run(string relativeExpectation) =>
        Results.GetOrAdd(relativeExpectation, e => new Lazy<(ReportResult, Expectation)>(() => Read(e))).Value;

    private static (ReportResult Result, Expectation Expected) Read(string relativeExpectation)
    {
        var expectationPath = Path.Combine(RepoPaths.Fixtures, relativeExpectation);
        var stem = expectationPath[..^".expected.json".Length];
        var document = Directory.EnumerateFiles(Path.GetDirectoryName(stem)!, Path.GetFileName(stem) + ".*")
            .Single(f => !f.EndsWith(".expected.json", StringComparison.Ordinal));
        var result = new DocumentProcessor().Process(File.ReadAllBytes(document), document);
        return (result, Expectation.Load(expectationPath));
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Fixture_gives_no_wrong_number(string expectation)
    {
        var (r, e) = Run(expectation);
        var wrong = new List<string>();
        foreach (var cell in r.Cells)
        {
            var key = cell.Key.ToString();
            if (!e.Cells.TryGetValue(key, out var truth))
            {
                wrong.Add($"{key}: not a cell of the expected era");
                continue;
            }

            var kind = cell.Kind.ToCsv();
            var value = cell.Number?.ToString(CultureInfo.InvariantCulture);
            if (kind != truth.Kind || (truth.Kind == "number" && decimal.Parse(truth.Value!, CultureInfo.InvariantCulture) != cell.Number)
                || (truth.Raw is not null && cell.Raw.Trim() != truth.Raw.Trim()))
            {
                wrong.Add($"{key}: got {kind} {value} from '{cell.Raw}' at {cell.Location}, truth {truth.Kind} {truth.Value}");
            }
        }

        Assert.That(wrong, Is.Empty, $"status {r.Status.ToCsv()}, error: {r.Error}");
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Fixture_misses_only_what_it_may(string expectation)
    {
        var (r, e) = Run(expectation);
        var found = r.Cells.Select(c => c.Key.ToString()).ToHashSet();
        var missing = e.Cells.Keys.Where(k => !found.Contains(k) && !e.MayBeMissing.Contains(k)).ToList();
        Assert.That(missing, Is.Empty, $"status {r.Status.ToCsv()}, error: {r.Error}");
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Fixture_has_its_status_era_year_and_agency(string expectation)
    {
        var (r, e) = Run(expectation);
        Assert.Multiple(() =>
        {
            Assert.That(e.Statuses, Does.Contain(r.Status.ToCsv()), $"error: {r.Error}");

            // For failed, only the status is compared (fixtures/README.md): era, year and agency are then informative,
            // as for a page that holds a report but cannot be decoded without the charset the server would send.
            if (r.Status != ReportStatus.Failed)
            {
                Assert.That(r.EraText, Is.EqualTo(e.Era ?? string.Empty));
                if (e.Year is not null)
                {
                    Assert.That(r.Year, Is.EqualTo(e.Year));
                }

                if (e.Agency is not null)
                {
                    Assert.That(r.Agency, Is.EqualTo(e.Agency));
                }
            }

            if (r.Status is ReportStatus.Failed or ReportStatus.Incomplete or ReportStatus.Inconsistent)
            {
                Assert.That(r.Error, Is.Not.Null.And.Not.Empty);
                Assert.That(r.Error, Does.Not.Contain("\n"));
            }
        });
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Fixture_fails_exactly_the_expected_identities(string expectation)
    {
        var (r, e) = Run(expectation);
        var failing = r.Checks.Where(c => c.FailedAsError).Select(c => $"{c.Check}:{c.Scope}").Order(StringComparer.Ordinal).ToList();
        var warnings = r.Checks.Where(c => c.Outcome == CheckOutcome.Fail && c.Severity == Core.Schema.Severity.Warning).Select(c => $"{c.Check}:{c.Scope}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(failing, Is.EquivalentTo(e.FailingChecks), $"error: {r.Error}");
            Assert.That(warnings, Is.EquivalentTo(e.Warnings), "warning-level checks");
        });
        if (r.Status == ReportStatus.Ok)
        {
            Assert.That(r.Checks.Where(c => c.Severity == Core.Schema.Severity.Error).Select(c => c.Outcome), Has.None.EqualTo(CheckOutcome.Fail));
        }
    }
}
