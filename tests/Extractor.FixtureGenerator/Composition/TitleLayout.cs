namespace Extractor.FixtureGenerator.Composition;

/// <summary>How the title (agency + YYYY年政府信息公开工作年度报告) is printed.</summary>
public enum TitleLayout
{
    OneLine,

    /// <summary>Agency on one line, year and 政府信息公开工作年度报告 on the next.</summary>
    TwoLines,

    /// <summary>As the seed: a tab before the agency line, the year line, a line of full-width spaces, an empty line.</summary>
    SeedLike,
}
