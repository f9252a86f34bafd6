using System.Text;
using Extractor.Readers.Html;
using Extractor.Readers.Text;

namespace Extractor.Tests.Readers;

/// <summary>Large inputs of the shapes that cost the most memory per byte are bounded, and say so.</summary>
public sealed class MemoryBoundTests
{
    [Test]
    public void A_text_of_millions_of_short_lines_keeps_only_the_first_cells_and_says_so()
    {
        var text = string.Concat(Enumerable.Repeat("12\n", PlainTextReader.MaxBlocks + 5_000));

        var outcome = PlainTextReader.Read(Encoding.UTF8.GetBytes(text));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Content!.Blocks, Has.Count.EqualTo(PlainTextReader.MaxBlocks));
            Assert.That(outcome.Content.Notes, Has.Some.StartsWith("only the first 100,000 cells were read (to line 100,000)"));
        }
    }

    [Test]
    public void A_text_within_the_bound_is_read_whole_without_a_note()
    {
        var outcome = PlainTextReader.Read(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("1|2|3\n", 1_000))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Content!.Blocks, Has.Count.EqualTo(3_000));
            Assert.That(outcome.Content.Notes, Is.Empty);
        }
    }

    [TestCase("a{0}=1 ")]
    [TestCase("a{0} ")]
    [TestCase("data-x{0}='v' ")]
    public void A_page_flooded_with_attributes_is_refused_with_the_count(string attribute)
    {
        var attributes = string.Concat(Enumerable.Range(0, 250_000).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, attribute, i)));
        var html = $"<html><body><div {attributes}>x</div></body></html>";

        var outcome = HtmlReader.Read(Encoding.UTF8.GetBytes(html), null);

        Assert.That(outcome.Failure, Is.EqualTo("too many attributes for a report page (250,000, limit 200,000)"));
    }

    [Test]
    public void Quoted_values_holding_spaces_and_angle_brackets_are_one_attribute_each()
    {
        var cells = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<p title=\"a b > c d e f\" class='x y z'>{i}</p>"));

        var outcome = HtmlReader.Read(Encoding.UTF8.GetBytes($"<html><body>{cells}</body></html>"), null);

        Assert.That(outcome.Failure, Is.Null);
    }
}
