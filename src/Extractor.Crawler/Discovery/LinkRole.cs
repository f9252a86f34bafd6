namespace Extractor.Crawler.Discovery;

/// <summary>Why a URL is fetched, which decides what is looked for in it and whether it can be a report.</summary>
public enum LinkRole
{
    /// <summary>Given on the command line or in the sources CSV: a report, a listing or a home page.</summary>
    Seed,

    /// <summary>A link named like a column of reports (政府信息公开年报) or a portal's disclosure section.</summary>
    Column,

    /// <summary>Another page of a listing (下一页, index_2.html).</summary>
    Pagination,

    /// <summary>A link whose text or title is a report's title.</summary>
    Report,

    /// <summary>A .pdf/.doc/.docx/.wps file or a 附件 link on a report page.</summary>
    Attachment,
}

public static class LinkRoleNames
{
    public static string ToText(this LinkRole role) => role switch
    {
        LinkRole.Seed => "seed",
        LinkRole.Column => "column",
        LinkRole.Pagination => "pagination",
        LinkRole.Report => "report",
        LinkRole.Attachment => "attachment",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static LinkRole Parse(string text) => text switch
    {
        "seed" => LinkRole.Seed,
        "column" => LinkRole.Column,
        "pagination" => LinkRole.Pagination,
        "report" => LinkRole.Report,
        "attachment" => LinkRole.Attachment,
        _ => throw new FormatException($"unknown link role '{text}'"),
    };
}
