using Extractor.Readers.Pdf;

namespace Extractor.Tests.Pdf;

public class TableGridBuilderTests
{
    // A 3-column, 3-row table 300 wide and 60 high at (0,0)-(300,60): rows at y 60, 40, 20, 0; columns at x 0, 100, 200, 300.
    private static List<Ruling> FullGrid() =>
    [
        .. new[] { 60.0, 40, 20, 0 }.Select(y => Ruling.Across(y, 0, 300)),
        .. new[] { 0.0, 100, 200, 300 }.Select(x => Ruling.Down(x, 0, 60)),
    ];

    private static PdfTableGrid Build(IEnumerable<Ruling> rulings)
    {
        var tables = TableFinder.Grids([.. rulings], 1_000_000);
        Assert.That(tables, Has.Count.EqualTo(1));
        return tables![0];
    }

    [Test]
    public void A_full_grid_has_one_cell_per_slot()
    {
        var grid = Build(FullGrid());
        Assert.Multiple(() =>
        {
            Assert.That(grid.Rows, Is.EqualTo(3));
            Assert.That(grid.Columns, Is.EqualTo(3));
            Assert.That(grid.Cells, Has.Count.EqualTo(9));
            Assert.That(grid.Cells.All(c => c.RowSpan == 1 && c.ColumnSpan == 1));
        });
    }

    [Test]
    public void A_missing_rule_merges_slots_into_spans()
    {
        // The top row has no rules at x 100 and 200 (one cell across), the first column no rule at y 20 (rows 1-2 merged).
        var rulings = FullGrid()
            .Where(r => r.Horizontal || r.Position is 0 or 300)
            .Append(Ruling.Down(100, 0, 40))
            .Append(Ruling.Down(200, 0, 40))
            .Where(r => !(r.Horizontal && r.Position == 20))
            .Append(Ruling.Across(20, 100, 300))
            .ToList();
        var grid = Build(rulings);
        Assert.That(grid.Cells, Is.EquivalentTo(new[]
        {
            new GridCell(0, 0, 1, 3),
            new GridCell(1, 0, 2, 1),
            new GridCell(1, 1), new GridCell(1, 2),
            new GridCell(2, 1), new GridCell(2, 2),
        }));
    }

    [Test]
    public void Double_borders_and_per_cell_pieces_give_the_same_grid()
    {
        // Chromium draws each cell edge on its own; LibreOffice draws outer borders twice, 1 pt apart.
        var pieces = new List<Ruling>();
        foreach (var y in new[] { 60.0, 40, 20, 0 })
        {
            pieces.AddRange(new[] { 0.0, 100, 200 }.Select(x => Ruling.Across(y, x, x + 100)));
        }

        foreach (var x in new[] { 0.0, 100, 200, 300 })
        {
            pieces.AddRange(new[] { 0.0, 20, 40 }.Select(y => Ruling.Down(x, y, y + 20)));
        }

        pieces.Add(Ruling.Across(61, 0, 300));
        pieces.Add(Ruling.Down(-1, 0, 60));
        var grid = Build(pieces);
        Assert.Multiple(() =>
        {
            Assert.That(grid.Rows, Is.EqualTo(3));
            Assert.That(grid.Columns, Is.EqualTo(3));
            Assert.That(grid.Cells, Has.Count.EqualTo(9));
        });
    }

    [Test]
    public void Separate_rule_sets_are_separate_tables()
    {
        var second = FullGrid().Select(r => r.Horizontal
            ? Ruling.Across(r.Position - 200, r.Start, r.End)
            : Ruling.Down(r.Position, r.Start - 200, r.End - 200));
        var tables = TableFinder.Grids([.. FullGrid(), .. second], 1_000_000);
        Assert.That(tables, Has.Count.EqualTo(2));
    }

    [Test]
    public void One_column_is_a_frame_not_a_table_but_one_row_of_columns_is_a_table()
    {
        var frame = new[] { Ruling.Across(60, 0, 300), Ruling.Across(0, 0, 300), Ruling.Down(0, 0, 60), Ruling.Down(300, 0, 60) };
        var row = FullGrid().Where(r => !r.Horizontal || r.Position is 60 or 40).Select(r => r.Horizontal ? r : Ruling.Down(r.Position, 40, 60));
        Assert.Multiple(() =>
        {
            Assert.That(TableFinder.Grids(frame, 1_000_000), Is.Empty);
            Assert.That(Build(row).Rows, Is.EqualTo(1));
        });
    }

    [Test]
    public void Too_many_rules_to_compare_give_no_answer()
    {
        Assert.That(TableFinder.Grids(FullGrid(), 3), Is.Null);
    }
}
