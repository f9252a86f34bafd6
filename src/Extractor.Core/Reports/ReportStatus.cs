namespace Extractor.Core.Reports;

/// <summary>The <c>status</c> column of reports.csv.</summary>
public enum ReportStatus
{
    /// <summary>Every cell of the era found, no error-level identity fails.</summary>
    Ok,

    /// <summary>Every cell found, an identity fails: a finding about the source.</summary>
    Inconsistent,

    /// <summary>Cells missing: the parser could not place them, or the document does not hold them.</summary>
    Incomplete,

    /// <summary>A pre-2019 free-text report: sections kept, no grid.</summary>
    Legacy,

    /// <summary>The document could not be read or is not a report.</summary>
    Failed,
}

public static class ReportStatusNames
{
    public static string ToCsv(this ReportStatus status) => status switch
    {
        ReportStatus.Ok => "ok",
        ReportStatus.Inconsistent => "inconsistent",
        ReportStatus.Incomplete => "incomplete",
        ReportStatus.Legacy => "legacy",
        ReportStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
