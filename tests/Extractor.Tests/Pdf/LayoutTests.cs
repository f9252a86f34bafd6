using Extractor.Core.Documents;
using Extractor.Readers.Pdf;

namespace Extractor.Tests.Pdf;

public class LayoutTests
{
    private static IEnumerable<PageLetter> Word(string text, double x, double baseline, double size = 10) =>
        text.Select((c, i) => PageLetter.At(c.ToString(), x + (i * size), baseline, size));

    [Test]
    public void Columns_of_a_table_without_rules_are_cut_where_every_row_leaves_a_gap()
    {
        // The last two columns print their numbers only 8 points apart (under the 1.2 em chunk gap), but no row
        // prints anything between x 226 and 234: a column boundary.
        var letters = new List<PageLetter>();
        for (var row = 0; row < 4; row++)
        {
            var y = 700 - (row * 20);
            letters.AddRange(Word("行政许可", 50, y));
            letters.Add(PageLetter.At("0", 200, y, width: 6));
            letters.Add(PageLetter.At("1", 220, y, width: 6));
            letters.Add(PageLetter.At("2", 234, y, width: 6));
        }

        var page = PageLayoutBuilder.Build(1, 842, letters, []);
        var chunks = page.Items.Cast<LineItem>().Select(l => l.Chunks.Select(c => c.Text).ToList()).ToList();
        Assert.That(chunks, Has.All.EqualTo(new[] { "行政许可", "0", "1", "2" }));
    }

    [Test]
    public void A_table_continued_on_the_next_page_keeps_its_number_and_drops_the_repeated_header()
    {
        List<Ruling> rulings =
        [
            .. new[] { 100.0, 80, 60 }.Select(y => Ruling.Across(y, 0, 200)),
            .. new[] { 0.0, 100, 200 }.Select(x => Ruling.Down(x, 60, 100)),
        ];
        var grid = TableFinder.Grids(rulings, 1_000_000)![0];
        PageLayout Page(int number, string header, string label, string value)
        {
            var letters = new List<PageLetter>();
            letters.AddRange(Word(header, 10, 85));
            letters.AddRange(Word(label, 10, 65));
            letters.Add(PageLetter.At(value, 150, 65, width: 6));
            return PageLayoutBuilder.Build(number, 842, letters, [grid]);
        }

        var blocks = PdfBlockWriter.Write([Page(1, "信息内容", "规章", "3"), Page(2, "信息内容", "行政许可", "7")]);
        Assert.Multiple(() =>
        {
            Assert.That(blocks.Select(b => b.Text), Is.EqualTo(new[] { "信息内容", "", "规章", "3", "行政许可", "7" }));
            Assert.That(blocks.Select(b => b.Grid!.Table).Distinct(), Is.EqualTo(new[] { 1 }));
            Assert.That(blocks.Select(b => b.Grid!.Row), Is.EqualTo(new[] { 0, 0, 1, 1, 2, 2 }));
            Assert.That(blocks[4].Line, Is.EqualTo(blocks[5].Line));
            Assert.That(blocks[5].Location, Is.EqualTo(new PageLocation(2, 100, 60, 200, 80)));
        });
    }

    [Test]
    public void Wrapped_lines_of_a_paragraph_are_joined_and_short_lines_stand_alone()
    {
        var letters = new List<PageLetter>();
        letters.AddRange(Word("一、总体情况", 50, 700));
        letters.AddRange(Word("本年度收到政府信息公开申请", 70, 680));
        letters.AddRange(Word("十二件，均已按期答复。", 50, 665));
        letters.AddRange(Word("另行说明。", 70, 650));
        var blocks = PdfBlockWriter.Write([PageLayoutBuilder.Build(1, 842, letters, [])]);
        Assert.That(blocks.Select(b => b.Text), Is.EqualTo(new[] { "一、总体情况", "本年度收到政府信息公开申请十二件，均已按期答复。", "另行说明。" }));
    }

    [Test]
    public void A_paragraph_runs_on_across_a_page_break_unless_the_pages_may_not_join()
    {
        // As a text-layer page followed by a page read by OCR: what OCR read must not end up in a block of the text page.
        PageLayout[] pages =
        [
            PageLayoutBuilder.Build(1, 842, [.. Word("本年度收到政府信息公开申请", 50, 100)], []),
            PageLayoutBuilder.Build(2, 842, [.. Word("十二件。", 50, 780)], []),
        ];

        var joined = PdfBlockWriter.Write(pages).Select(b => b.Text);
        var apart = PdfBlockWriter.Write(pages, (a, b) => false).Select(b => b.Text);

        Assert.Multiple(() =>
        {
            Assert.That(joined, Is.EqualTo(new[] { "本年度收到政府信息公开申请十二件。" }));
            Assert.That(apart, Is.EqualTo(new[] { "本年度收到政府信息公开申请", "十二件。" }));
        });
    }

    [Test]
    public void A_label_wrapped_inside_an_unruled_row_joins_the_row_of_its_values()
    {
        // Rows 30 points apart; the second row's label wraps over two lines 12 points apart with its values
        // printed between them (vertically centred), as LibreOffice lays out a table without borders.
        var letters = new List<PageLetter>();
        letters.AddRange(Word("行政许可", 50, 700));
        letters.Add(PageLetter.At("5", 200, 700, width: 6));
        letters.Add(PageLetter.At("6", 240, 700, width: 6));
        letters.AddRange(Word("要求确认或", 50, 676));
        letters.Add(PageLetter.At("7", 200, 670, width: 6));
        letters.Add(PageLetter.At("8", 240, 670, width: 6));
        letters.AddRange(Word("重新出具", 50, 664));
        letters.AddRange(Word("行政处罚", 50, 634));
        letters.Add(PageLetter.At("9", 200, 634, width: 6));
        letters.Add(PageLetter.At("0", 240, 634, width: 6));

        var page = PageLayoutBuilder.Build(1, 842, letters, []);
        var rows = page.Items.Cast<LineItem>().Select(l => string.Join("|", l.Chunks.Select(c => c.Text))).ToList();
        Assert.That(rows, Is.EqualTo(new[] { "行政许可|5|6", "要求确认或重新出具|7|8", "行政处罚|9|0" }));
    }
}
