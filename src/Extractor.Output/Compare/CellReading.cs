namespace Extractor.Output.Compare;

/// <summary>One template cell of a report as the run's CSV files hold it.</summary>
/// <param name="Key"><c>table.row.column</c>.</param>
/// <param name="Value">The number, or null where the cell is blank, not applicable or missing.</param>
/// <param name="Kind"><c>number</c>, <c>empty</c>, <c>na</c>, or <c>missing</c> where the report has no such cell.</param>
/// <param name="Raw">The cell as printed (values.csv), empty where unknown.</param>
/// <param name="Location">Where it was read (values.csv), empty where unknown.</param>
public sealed record CellReading(string Key, decimal? Value, string Kind, string Raw, string Location)
{
    public const string Missing = "missing";

    public static CellReading MissingCell(string key) => new(key, null, Missing, string.Empty, string.Empty);
}
