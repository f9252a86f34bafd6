using CsvHelper;

namespace Extractor.Output;

/// <summary>Writes a <see cref="CsvTable"/> as UTF-8 with a byte-order mark and RFC 4180 quoting, every field formula-guarded.</summary>
public static class CsvTableWriter
{
    // The BOM is for Excel on a Chinese Windows, which otherwise opens UTF-8 as GBK.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true };

    public static void Write(CsvTable table, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader(Guarded(table.Header));
        foreach (var row in table.Rows)
        {
            csv.WriteRecord(Guarded(row));
        }

        csv.Flush();
    }

    private static string[] Guarded(IReadOnlyList<string> fields)
    {
        var guarded = new string[fields.Count];
        for (var i = 0; i < guarded.Length; i++)
        {
            guarded[i] = SpreadsheetFormulaGuard.Protect(fields[i]);
        }

        return guarded;
    }
}
