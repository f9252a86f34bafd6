using Extractor.Core.Schema;

namespace Extractor.Core.Checks;

/// <summary>The <c>result</c> column of checks.csv.</summary>
public enum CheckOutcome
{
    Pass,
    Fail,

    /// <summary>A cell it needs is missing, blank or marked not applicable.</summary>
    NotAssessable,
}

/// <summary>One identity evaluated on one scope (a column or row of a table, or a pair of reports).</summary>
/// <param name="Expected">The left side (or the earlier report's figure, or the prose's figure).</param>
/// <param name="Actual">The right side (or this report's figure, or the table's figure).</param>
public sealed record CheckResult(
    string Check,
    string Scope,
    decimal? Expected,
    decimal? Actual,
    CheckOutcome Outcome,
    IReadOnlyList<CellKey> Cells,
    Severity Severity)
{
    public bool FailedAsError => Outcome == CheckOutcome.Fail && Severity == Severity.Error;
}

public static class CheckOutcomeNames
{
    public static string ToCsv(this CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Pass => "pass",
        CheckOutcome.Fail => "fail",
        CheckOutcome.NotAssessable => "not_assessable",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
