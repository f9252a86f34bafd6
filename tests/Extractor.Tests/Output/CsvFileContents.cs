using CsvHelper;

namespace Extractor.Tests.Output;

/// <summary>A written file read back through CsvHelper's reader, as a consumer would read it.</summary>
public sealed record CsvFileContents(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { Separator = ',' };

    public static CsvFileContents Read(string path)
    {
        using var reader = CsvReader.FromFile(path, Options);
        var header = reader.Headers.ToList();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return new CsvFileContents(header, rows);
    }

    public string Field(int row, string column) => Rows[row][IndexOf(column)];

    public IEnumerable<string> Column(string column) => Rows.Select(r => r[IndexOf(column)]);

    private int IndexOf(string column)
    {
        var index = Header.ToList().IndexOf(column);
        return index >= 0 ? index : throw new ArgumentException($"no column {column}", nameof(column));
    }
}
