using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.Expectations;

/// <summary>Every cell of a model's era in schema order, with its raw text where that is not simply the value.</summary>
public static class ExpectedCells
{
    public static IReadOnlyList<ExpectedCell> From(ReportModel model) =>
    [
        .. model.Schema.Cells.Select(k =>
        {
            var cell = model[k];
            var plain = cell.Truth.Number is { } n ? NumberText.Invariant(n) : string.Empty;
            return new ExpectedCell(k, cell.Truth, cell.Text == plain ? null : cell.Text);
        }),
    ];
}
