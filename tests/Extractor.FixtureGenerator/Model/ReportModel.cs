using Extractor.Core.Schema;

namespace Extractor.FixtureGenerator.Model;

/// <summary>
/// One synthetic report's known content: era, year, agency and every template cell, as printed and as meant.
/// Renderers read it; fixture definitions edit it to plant quirks.
/// </summary>
public sealed class ReportModel
{
    private readonly Dictionary<CellKey, PrintedCell> _cells = [];

    public ReportModel(TemplateSchema schema, int year, string agency)
    {
        Schema = schema;
        Year = year;
        Agency = agency;
        foreach (var key in schema.Cells)
        {
            _cells[key] = new PrintedCell("0", CellTruth.Of(0));
        }
    }

    public TemplateSchema Schema { get; }

    public int Year { get; }

    public string Agency { get; }

    public PrintedCell this[CellKey key] => _cells[key];

    public PrintedCell Cell(string table, string row, string column) => _cells[new CellKey(table, row, column)];

    /// <summary>The cell's number; only for cells that hold one.</summary>
    public decimal Number(CellKey key) =>
        _cells[key].Truth.Number ?? throw new InvalidOperationException($"{key} holds no number");

    public decimal Number(string table, string row, string column) => Number(new CellKey(table, row, column));

    /// <summary>Sets a number and prints it the ordinary way for its column.</summary>
    public void SetNumber(CellKey key, decimal value) =>
        _cells[key] = new PrintedCell(NumberText.Printed(value, Schema.Column(key).Type), CellTruth.Of(value));

    public void SetNumber(string table, string row, string column, decimal value) =>
        SetNumber(new CellKey(table, row, column), value);

    /// <summary>Prints a cell with text of the fixture's choosing and states what the text means.</summary>
    public void Print(CellKey key, string text, CellTruth truth) => _cells[key] = new PrintedCell(text, truth);

    /// <summary>Prints the same value differently ("１２" for 12): the truth stays.</summary>
    public void Reprint(CellKey key, string text) => _cells[key] = _cells[key] with { Text = text };

    /// <summary>Prints every cell as <paramref name="source"/> prints it (a report of a chain built beforehand).</summary>
    public void CopyCells(ReportModel source)
    {
        foreach (var key in Schema.Cells)
        {
            _cells[key] = source[key];
        }
    }

    /// <summary>Cells holding zero, in schema order: the usual targets of blank, "/" and "-" printing.</summary>
    public IEnumerable<CellKey> Zeros(string? table = null) =>
        Schema.Cells.Where(k => (table is null || k.Table == table) && _cells[k].Truth.Number == 0m);
}
