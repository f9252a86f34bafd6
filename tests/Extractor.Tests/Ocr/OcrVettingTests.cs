using Extractor.Core.Documents;
using Extractor.Core.Recognition;
using Extractor.Core.Schema;
using Extractor.Core.Values;
using Extractor.Readers.Ocr;

namespace Extractor.Tests.Ocr;

public class OcrVettingTests
{
    private static readonly OcrLocation Unsure = new(3, 37, 252, 580, 766, 0.49);
    private static readonly OcrLocation Sure = new(3, 37, 252, 580, 766, 0.99);

    [Test]
    public void A_value_read_from_a_stretch_of_an_unsure_ocr_block_is_left_out()
    {
        // A table whose rules were not found comes out as a text block; its values carry a span of the block.
        var vetted = Vet(Cell("active.rules.made", "7", new SpanLocation(Unsure, 491, 1)));
        Assert.That(vetted.Cells, Is.Empty);
        Assert.That(vetted.Problems.Single().Message, Does.Contain("confidence below 0.60"));
    }

    [Test]
    public void A_value_recovered_from_an_unsure_ocr_run_is_left_out()
    {
        var vetted = Vet(Cell("active.rules.made", "7", new RecoveredLocation(new SpanLocation(Unsure, 10, 3), "digit 2 of 3")));
        Assert.That(vetted.Cells, Is.Empty);
    }

    [Test]
    public void A_sure_value_from_a_stretch_of_an_ocr_block_is_kept()
    {
        var vetted = Vet(Cell("active.rules.made", "7", new SpanLocation(Sure, 491, 1)));
        Assert.That(vetted.Cells.Keys.Select(k => k.ToString()), Is.EqualTo(new[] { "active.rules.made" }));
    }

    [Test]
    public void Sure_values_whose_every_identity_lacks_a_cell_are_left_out()
    {
        // A review row whose first value was not read: at 0.99 each, the others may have moved one cell along.
        var vetted = Vet(Era.Template2021, Row("review_litigation.review", ("corrected", "6"), ("other", "0"), ("pending", "0"), ("total", "2")));
        Assert.That(vetted.Cells, Is.Empty);
        Assert.That(vetted.Problems.Single().Message, Does.StartWith("4 cells left out, read by OCR where no identity could confirm"));
    }

    [Test]
    public void Sure_values_a_passing_identity_holds_are_kept()
    {
        var vetted = Vet(Era.Template2021, Row("review_litigation.review", ("upheld", "6"), ("corrected", "0"), ("other", "0"), ("pending", "2"), ("total", "8")));
        Assert.That(vetted.Cells, Has.Count.EqualTo(5));
        Assert.That(vetted.Problems, Is.Empty);
    }

    [Test]
    public void Values_of_the_text_layer_are_not_held_to_what_ocr_must_prove()
    {
        var text = new PageLocation(1, 37, 252, 580, 766);
        var vetted = Vet(Era.Template2021, Row("review_litigation.review", text, ("corrected", "6"), ("other", "0")));
        Assert.That(vetted.Cells, Has.Count.EqualTo(2));
    }

    private static CellValue[] Row(string row, params (string Column, string Number)[] cells) => Row(row, Sure, cells);

    private static CellValue[] Row(string row, SourceLocation location, params (string Column, string Number)[] cells) =>
        [.. cells.Select(c => Cell($"{row}.{c.Column}", c.Number, location))];

    private static RecognisedReport Vet(CellValue cell) => Vet(Era.Template2019, cell);

    private static RecognisedReport Vet(Era era, params CellValue[] cells) =>
        OcrVetting.Vet(
            new RecognisedReport(DocumentKind.TemplateReport, "某县人民政府办公室", 2019, era, cells.ToDictionary(c => c.Key), [], [], [], null),
            0.6,
            0.95);

    private static CellValue Cell(string key, string number, SourceLocation location) =>
        new(CellKey.Parse(key), ValueKind.Number, decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), number, location);
}
