namespace Extractor.FixtureGenerator.Layout;

/// <summary>How the header of table 3 is laid out (quirks 5 and 8).</summary>
public enum ApplicantHeader
{
    /// <summary>As the template's HTML: 自然人 | 法人或其他组织 | 总计, then the five 法人 sub-columns (header order is not data order).</summary>
    TemplateOrder,

    /// <summary>One row in data order: 自然人, the five sub-columns, 总计.</summary>
    DataOrder,

    /// <summary>Template order, with the two lines of each sub-column label in two separate header rows ("商业 | 科研 | …" then "企业 | 机构 | …").</summary>
    SplitOverTwoRows,
}
