namespace Extractor.Output.Compare;

/// <summary>A count, or a share (0 to 1) of a denominator.</summary>
public enum IndicatorUnit
{
    Count,
    Share,
}

/// <summary>A cell added or subtracted in a sum.</summary>
public sealed record Term(string Key, int Sign = 1);

/// <summary>A sum of cells; <paramref name="Fallback"/> is used where a cell of the main form is missing (the 2019
/// form's single 其他处理 row in place of the 2021 form's three).</summary>
public sealed record CellSum(IReadOnlyList<Term> Terms, IReadOnlyList<Term>? Fallback = null)
{
    public static CellSum Of(params string[] keys) => new([.. keys.Select(k => new Term(k))]);
}

/// <summary>One column of compare.csv: a count of cells, or a share of one sum in another.</summary>
/// <param name="Id">The column name in compare.csv.</param>
/// <param name="Label">The Chinese label of the page.</param>
/// <param name="Formula">The formula as the README and the page print it.</param>
/// <param name="Headline">Drawn as a chart on the page.</param>
/// <param name="Denominator">Null for a count.</param>
public sealed record Indicator(string Id, string Label, IndicatorUnit Unit, string Formula, bool Headline, CellSum Numerator, CellSum? Denominator = null);

/// <summary>An indicator's value for one report.</summary>
/// <param name="Value">Null where a cell it needs is missing, blank or not applicable, or the denominator is 0.</param>
/// <param name="Why">Why the value is empty, in one line; null where there is a value.</param>
/// <param name="Cells">The cells it is computed from, as read.</param>
public sealed record IndicatorValue(decimal? Value, string? Why, IReadOnlyList<CellReading> Cells);
