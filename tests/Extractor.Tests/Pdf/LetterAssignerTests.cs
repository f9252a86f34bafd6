using Extractor.Readers.Pdf;

namespace Extractor.Tests.Pdf;

public class LetterAssignerTests
{
    private static PdfTableGrid Grid() =>
        TableFinder.Grids(
            [
                .. new[] { 60.0, 30, 0 }.Select(y => Ruling.Across(y, 0, 200)),
                .. new[] { 0.0, 100, 200 }.Select(x => Ruling.Down(x, 0, 60)),
            ],
            1_000_000)![0];

    [Test]
    public void Letters_go_to_the_cell_holding_their_centre()
    {
        var grid = Grid();
        var letters = new[]
        {
            PageLetter.At("规", 10, 40), PageLetter.At("章", 20, 40),
            PageLetter.At("1", 150, 40, width: 6),
            // Overhangs the rule at x 100 with most of its box in the right cell: the centre decides.
            PageLetter.At("2", 97, 10, width: 8),
            PageLetter.At("外", 10, 100),
        };
        var (cells, free) = LetterAssigner.Assign(letters, [grid]);
        string Text(int row, int column) => CellText.Compose(cells[0][grid.Cells.ToList().FindIndex(c => c.Row == row && c.Column == column)]);
        Assert.Multiple(() =>
        {
            Assert.That(Text(0, 0), Is.EqualTo("规章"));
            Assert.That(Text(0, 1), Is.EqualTo("1"));
            Assert.That(Text(1, 1), Is.EqualTo("2"));
            Assert.That(Text(1, 0), Is.Empty);
            Assert.That(free.Select(l => l.Text), Is.EqualTo(new[] { "外" }));
        });
    }

    [Test]
    public void A_cells_lines_read_top_down_joined_with_a_space()
    {
        var text = CellText.Compose([PageLetter.At("维", 10, 10), PageLetter.At("持", 20, 10), PageLetter.At("结", 10, 22), PageLetter.At("果", 20, 22)]);
        Assert.That(text, Is.EqualTo("结果 维持"));
    }

    [Test]
    public void Vertical_text_one_character_per_line_is_one_word()
    {
        var text = CellText.Compose([PageLetter.At("自", 10, 40), PageLetter.At("然", 10, 28), PageLetter.At("人", 10, 16)]);
        Assert.That(text, Is.EqualTo("自然人"));
    }

    [Test]
    public void A_number_wrapped_in_a_narrow_cell_stays_one_number()
    {
        var text = CellText.Compose([PageLetter.At("1", 10, 22, width: 6), PageLetter.At("2", 16, 22, width: 6), PageLetter.At("3", 10, 10, width: 6)]);
        Assert.That(text, Is.EqualTo("123"));
    }

    [Test]
    public void Overprinted_glyphs_read_once_and_wide_gaps_read_as_spaces()
    {
        var lines = PageTextLines.Build([
            PageLetter.At("A", 0, 0, width: 6), PageLetter.At("A", 0.4, 0, width: 6),
            PageLetter.At("B", 6, 0, width: 6), PageLetter.At("C", 20, 0, width: 6),
            PageLetter.At("中", 40, 0), PageLetter.At("文", 53, 0),
        ]);
        Assert.That(lines.Single().Text, Is.EqualTo("AB C 中文"));
    }
}
