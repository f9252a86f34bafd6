using System.Globalization;
using Extractor.Core.Checks;
using Extractor.Core.Documents;
using Extractor.Core.Recognition;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Readers.Ocr;

/// <summary>
/// What OCR may not assert. A value whose characters the model was unsure of is left out; so is a cell the scan shows
/// blank (OCR cannot tell a blank cell from one whose print it missed); and where an identity fails, the one cell that
/// explains the failure is left out, or, when no single cell does, every cell of the failing identities: a misread
/// digit and a misprinted source look the same on a scan, and a wrong number is worse than a missing one. Each cell left
/// out is named, with why, as a problem of the report. Last, a value that no passing identity confirms is kept only when
/// the model was very sure of it.
/// </summary>
public static class OcrVetting
{
    /// <summary>Rounds of identity checks; each removes at least one cell, and a report has about 200.</summary>
    private const int MaxRounds = 50;

    /// <param name="minConfidence">Below this a value is left out whatever the identities say.</param>
    /// <param name="unconfirmedConfidence">Below this a value is left out unless an identity that passes holds it.</param>
    public static RecognisedReport Vet(RecognisedReport report, double minConfidence, double unconfirmedConfidence)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Kind != DocumentKind.TemplateReport || report.Era is not { } era)
        {
            return report;
        }

        var schema = TemplateSchema.For(era);
        var cells = new Dictionary<CellKey, CellValue>(report.Cells);
        var problems = new List<PlacementProblem>(report.Problems);

        var unsure = cells.Values.Where(c => Confidence(c.Location) < minConfidence).ToList();
        if (unsure.Count > 0)
        {
            problems.Add(new PlacementProblem(
                string.Create(CultureInfo.InvariantCulture, $"{unsure.Count} cells left out, read by OCR with confidence below {minConfidence:0.00}: {Describe(unsure)}"),
                [.. unsure.Select(c => c.Key)]));
            unsure.ForEach(c => cells.Remove(c.Key));
        }

        var blank = cells.Values.Where(c => c.Kind == ValueKind.Empty && Confidence(c.Location) is not null).ToList();
        if (blank.Count > 0)
        {
            problems.Add(new PlacementProblem(
                $"{blank.Count} cells left out that are blank on the scan (OCR cannot tell a blank cell from faint print)",
                [.. blank.Select(c => c.Key)]));
            blank.ForEach(c => cells.Remove(c.Key));
        }

        for (var round = 0; round < MaxRounds; round++)
        {
            var checks = IdentityChecks.Evaluate(schema, cells);
            var failing = checks.Where(c => c.FailedAsError).ToList();
            if (failing.Count == 0)
            {
                break;
            }

            // Only what OCR read is in doubt: in a PDF that mixes text pages and scanned pages, a failure among the
            // text layer's cells alone is the source's own, reported as for any PDF.
            var suspects = SuspectCells.Find(schema, cells, checks).Where(s => s.Cell.Location is OcrLocation).ToList();
            if (suspects.Count == 1)
            {
                var s = suspects[0];
                problems.Add(new PlacementProblem(
                    string.Create(CultureInfo.InvariantCulture, $"{s.Cell.Key} left out: read '{s.Cell.Raw.Trim()}' by OCR at {s.Cell.Location}, which breaks {string.Join(", ", failing.Select(f => $"{f.Check}[{f.Scope}]"))} ({s.Fitting} would satisfy them)"),
                    [s.Cell.Key]));
                cells.Remove(s.Cell.Key);
                continue;
            }

            var involved = failing.SelectMany(f => f.Cells).Distinct().Where(k => cells.TryGetValue(k, out var c) && c.Location is OcrLocation).ToList();
            if (involved.Count == 0)
            {
                break;
            }

            problems.Add(new PlacementProblem(
                $"{involved.Count} cells left out: OCR read values that break {string.Join(", ", failing.Select(f => $"{f.Check}[{f.Scope}]"))} and no single cell explains it",
                involved));
            involved.ForEach(k => cells.Remove(k));
        }

        // A value no passing identity confirms stands on its confidence alone, and at low resolution the model is
        // sometimes wrong at 0.9 (a 0 read as 1 at 100 dpi): such a value needs a confidence that was never seen wrong.
        var final = IdentityChecks.Evaluate(schema, cells);
        var confirmed = final.Where(c => c.Outcome == CheckOutcome.Pass).SelectMany(c => c.Cells).ToHashSet();
        var alone = cells.Values.Where(c => !confirmed.Contains(c.Key) && Confidence(c.Location) < unconfirmedConfidence).ToList();
        if (alone.Count > 0)
        {
            problems.Add(new PlacementProblem(
                string.Create(CultureInfo.InvariantCulture, $"{alone.Count} cells left out, read by OCR with confidence below {unconfirmedConfidence:0.00} and confirmed by no identity: {Describe(alone)}"),
                [.. alone.Select(c => c.Key)]));
            alone.ForEach(c => cells.Remove(c.Key));
        }

        // Confidence is the model's about the characters, not about the cell they were put in: where a table's rules
        // were not all found in the pixels, or a character was missed in a row read as text, every value after the gap
        // moves one cell along, each read at 0.99. A cell an identity covers can be checked for that, so OCR may
        // assert it only when a passing identity holds it; when every identity over it lacks a cell, it is left out.
        // Cells of tables no identity covers stand on their reading alone (README: what OCR promises).
        var covered = final.Where(c => c.Severity == Severity.Error).SelectMany(c => c.Cells).ToHashSet();
        var unplaced = cells.Values.Where(c => Confidence(c.Location) is not null && covered.Contains(c.Key) && !confirmed.Contains(c.Key)).ToList();
        if (unplaced.Count > 0)
        {
            problems.Add(new PlacementProblem(
                $"{unplaced.Count} cells left out, read by OCR where no identity could confirm the cell they belong to (a cell each needs is missing): {Describe(unplaced)}",
                [.. unplaced.Select(c => c.Key)]));
            unplaced.ForEach(c => cells.Remove(c.Key));
        }

        return report with { Cells = cells, Problems = problems };
    }

    /// <summary>
    /// The OCR confidence behind a value's location, null when it was not read by OCR. A value read from a stretch of
    /// a text block (a table that came out as text) or recovered from a run of digits stands on the block's lowest
    /// confidence: the block's characters are not told apart, and a value must never escape the rules by being read
    /// another way.
    /// </summary>
    private static double? Confidence(SourceLocation location) => location switch
    {
        OcrLocation ocr => ocr.Confidence,
        SpanLocation span => Confidence(span.Within),
        RecoveredLocation recovered => Confidence(recovered.Printed),
        _ => null,
    };

    private static string Describe(List<CellValue> cells) =>
        string.Join(", ", cells.Take(3).Select(c => $"{c.Key} '{c.Raw.Trim()}' ({c.Location})")) + (cells.Count > 3 ? ", …" : string.Empty);
}
