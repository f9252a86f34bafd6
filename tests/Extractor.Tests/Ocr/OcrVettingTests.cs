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

    private static RecognisedReport Vet(CellValue cell) =>
        OcrVetting.Vet(
            new RecognisedReport(DocumentKind.TemplateReport, "某县人民政府办公室", 2019, Era.Template2019, new Dictionary<CellKey, CellValue> { [cell.Key] = cell }, [], [], [], null),
            0.6,
            0.95);

    private static CellValue Cell(string key, string number, SourceLocation location) =>
        new(CellKey.Parse(key), ValueKind.Number, decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), number, location);
}
