using System.Globalization;
using CsvHelper;

namespace Extractor.Output.Compare;

/// <summary>
/// Reads what <c>compare</c> needs from the CSV files of a parse or crawl: reports.csv for every report, and values.csv
/// for the cells the indicators use (their kind, raw text and location). Without values.csv the numbers of reports.csv
/// serve, and a cell that holds none there counts as missing.
/// </summary>
public static class CompareInput
{
    /// <exception cref="FileNotFoundException">The folder holds no reports.csv.</exception>
    /// <exception cref="FormatException">A file lacks a column it must have; the message names it.</exception>
    public static IReadOnlyList<ReportRecord> Read(string folder) => Read(folder, null);

    /// <param name="folder">The output folder of a parse or crawl.</param>
    /// <param name="wanted">Which reports to keep (their cells are read only for those), or null for all: a crawl of a
    /// whole country holds millions of cells, and a comparison of one city needs few of them.</param>
    public static IReadOnlyList<ReportRecord> Read(string folder, Func<ReportRecord, bool>? wanted)
    {
        var reportsPath = Path.Combine(folder, ReportsFile.FileName);
        if (!File.Exists(reportsPath))
        {
            throw new FileNotFoundException($"no {ReportsFile.FileName} in {folder}", reportsPath);
        }

        var reports = ReadReports(reportsPath, wanted);
        var valuesPath = Path.Combine(folder, ValuesFile.FileName);
        if (File.Exists(valuesPath))
        {
            ReadValues(valuesPath, reports);
        }

        return [.. reports.Values.Select(r => r.Record with { Cells = r.Cells })];
    }

    private static Dictionary<string, (ReportRecord Record, Dictionary<string, CellReading> Cells)> ReadReports(string path, Func<ReportRecord, bool>? wanted)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        var header = Header(reader);
        int Column(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new FormatException($"{path}: no '{name}' column");
        var (id, source, agency, region, year, era, status, error) =
            (Column("report_id"), Column("source"), Column("agency"), Column("region_code"), Column("year"), Column("era"), Column("status"), Column("error"));
        var cellColumns = Indicators.Cells.Select(k => (Key: k, Index: header.IndexOf(k))).Where(c => c.Index >= 0).ToList();

        var reports = new Dictionary<string, (ReportRecord, Dictionary<string, CellReading>)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            string Field(int index) => index < reader.FieldCount ? Unguarded(reader.GetString(index)) : string.Empty;
            var reportId = Field(id);
            if (reportId.Length == 0 || reports.ContainsKey(reportId))
            {
                continue;
            }

            var record = new ReportRecord(
                reportId,
                Field(source),
                Field(agency),
                Field(region) is { Length: > 0 } code ? code : null,
                int.TryParse(Field(year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
                Field(era),
                Field(status),
                Field(error) is { Length: > 0 } e ? e : null,
                new Dictionary<string, CellReading>());
            if (wanted is not null && !wanted(record))
            {
                continue;
            }

            var cells = new Dictionary<string, CellReading>(StringComparer.Ordinal);
            foreach (var (key, index) in cellColumns)
            {
                if (decimal.TryParse(Field(index), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    cells[key] = new CellReading(key, value, "number", string.Empty, string.Empty);
                }
            }

            reports[reportId] = (record, cells);
        }

        return reports;
    }

    private static void ReadValues(string path, Dictionary<string, (ReportRecord Record, Dictionary<string, CellReading> Cells)> reports)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        var header = Header(reader);
        int Column(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new FormatException($"{path}: no '{name}' column");
        var (id, table, row, column, value, kind, raw, location) =
            (Column("report_id"), Column("table"), Column("row"), Column("column"), Column("value"), Column("kind"), Column("raw"), Column("location"));
        while (reader.Read())
        {
            string Field(int index) => index < reader.FieldCount ? reader.GetString(index) : string.Empty;
            if (!reports.TryGetValue(Field(id), out var report))
            {
                continue;
            }

            var key = $"{Field(table)}.{Field(row)}.{Field(column)}";
            if (!Indicators.Cells.Contains(key))
            {
                continue;
            }

            var number = decimal.TryParse(Field(value), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null;
            var cellKind = Field(kind);
            report.Cells[key] = new CellReading(key, cellKind == "number" ? number : null, cellKind, Unguarded(Field(raw)), Field(location));
        }
    }

    private static List<string> Header(CsvReader reader) =>
        [.. reader.Headers.Select(h => h.Trim().TrimStart('\ufeff').ToLowerInvariant())];

    /// <summary>The writers put a ' before text a spreadsheet would run as a formula; this takes it off again.</summary>
    private static string Unguarded(string text) =>
        text.Length > 1 && text[0] == '\'' && text[1] is '=' or '@' or '+' or '-' or '\t' or '\r' ? text[1..] : text;
}
