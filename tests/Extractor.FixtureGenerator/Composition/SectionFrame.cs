namespace Extractor.FixtureGenerator.Composition;

/// <summary>How the six sections frame the tables.</summary>
public enum SectionFrame
{
    /// <summary>Headings 一 to 六, tables under 二, 三 and 四.</summary>
    Standard,

    /// <summary>No preamble and no headings: the report opens straight with the tables (quirk 16).</summary>
    TablesFirst,

    /// <summary>Headings with nothing between 二, 三 and 四: the tables were images (quirk 23).</summary>
    TablesAsImages,
}
