using Extractor.FixtureGenerator.Layout;

namespace Extractor.FixtureGenerator.Rendering;

/// <summary>Flattens a laid-out table to lines of text the way one kind of scraper does (quirks 1-2), or prints it as HTML.</summary>
public interface ITableRenderer
{

    IEnumerable<TextLine> Render(LogicalTable table);
}
