using Extractor.FixtureGenerator.Layout;
using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>Every choice about how a report is printed, apart from its values. Defaults give a plain, seed-like report.</summary>
public sealed record DocumentStyle
{
    public TitleLayout Title { get; init; } = TitleLayout.TwoLines;

    /// <summary>Portal navigation, publication line, font-size switch, print/close links (quirk 19).</summary>
    public bool PageChrome { get; init; }

    public PreambleKind Preamble { get; init; } = PreambleKind.OwnNotice;

    public SectionFrame Frame { get; init; } = SectionFrame.Standard;

    /// <summary>Printed headings by section number, replacing the template's; absent numbers keep theirs.</summary>
    public IReadOnlyDictionary<int, string> Headings { get; init; } = new Dictionary<int, string>();

    public IReadOnlyList<InsertedSection> ExtraSections { get; init; } = [];

    /// <summary>What follows a sub-heading enumerator: "" for （一）, "、" for （一）、.</summary>
    public string SubHeadingSuffix { get; init; } = string.Empty;

    /// <summary>Full-width spaces in front of prose paragraphs, as Chinese typesetting indents them.</summary>
    public string Indent { get; init; } = "　　";

    /// <summary>Prose next to the tables holding numbers that are no cells (quirk 22).</summary>
    public bool ProseNumbersNearTables { get; init; }

    /// <summary>Makes the prose state this many more (or fewer) new applications than the table (quirk 24).</summary>
    public int ProseNewReceivedOffset { get; init; }

    public ITableRenderer Renderer { get; init; } = new CellPerLineRenderer();

    /// <summary>How everything but the tables is printed: scraped text lines, or a portal's HTML page.</summary>
    public IPageMarkup Markup { get; init; } = ScrapedText.Instance;

    public TableStyle Tables { get; init; } = new();
}
