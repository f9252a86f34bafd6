namespace Extractor.Output.Compare;

/// <summary>One row of reports.csv with the cells the comparison needs (from values.csv where it is there).</summary>
public sealed record ReportRecord(
    string ReportId,
    string Source,
    string Agency,
    string? RegionCode,
    int? Year,
    string Era,
    string Status,
    string? Error,
    IReadOnlyDictionary<string, CellReading> Cells)
{
    public CellReading Cell(string key) => Cells.TryGetValue(key, out var cell) ? cell : CellReading.MissingCell(key);

    /// <summary>ok before inconsistent before incomplete: which of an agency's reports of one year stands for it.</summary>
    public int StatusRank => Status switch
    {
        "ok" => 0,
        "inconsistent" => 1,
        "incomplete" => 2,
        _ => 3,
    };
}
