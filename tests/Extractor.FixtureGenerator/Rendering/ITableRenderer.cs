using Extractor.FixtureGenerator.Layout;

namespace Extractor.FixtureGenerator.Rendering;

/// <summary>Flattens a laid-out table to lines of text the way one kind of scraper does (quirks 1-2), or prints it as HTML.</summary>
public interface ITableRenderer
{
    /// <summary>
    /// Whether a reader can place each printed value by the column it stands under (an HTML table's grid), so that a
    /// cell missing from a row leaves only that cell unplaceable. Flattened text cannot: a row that lost a value can
    /// no longer be read column by column.
    /// </summary>
    bool PlacesByColumn => false;

    IEnumerable<TextLine> Render(LogicalTable table);
}
