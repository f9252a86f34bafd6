namespace Extractor.Core.Schema;

/// <summary>The canonical name of one template cell: <c>table.row.column</c>.</summary>
public readonly record struct CellKey(string Table, string Row, string Column)
{
    public override string ToString() => $"{Table}.{Row}.{Column}";

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
