namespace Extractor.Core.Schema;

/// <summary>The cell columns of reports.csv: every 2021 cell in template order, then the cells only the 2019 template has.</summary>
public static class ReportColumns
{
    public static IReadOnlyList<CellKey> Cells { get; } = Build();

    private static CellKey[] Build()
    {
        var cells = new List<CellKey>(Templates.Template2021.Cells);
        var seen = new HashSet<CellKey>(cells);
        cells.AddRange(Templates.Template2019.Cells.Where(seen.Add));
        return [.. cells];
    }
}
