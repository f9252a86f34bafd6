using Extractor.Core.Reports;

namespace Extractor.Readers;

/// <summary>
/// A reader stopped by one of its bounds (60 s, pages, letters per PDF) has not seen the whole document, so whatever
/// the recogniser made of the part it read ("not a report", a complete table), the row says which bound stopped it.
/// </summary>
public static class ReaderBound
{
    /// <param name="bound">The reader's own words, e.g. "reading stopped before page 7 of 40: the bound of 60 s per PDF was used up".</param>
    public static ReportResult Named(ReportResult report, string bound)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(bound);
        if (report.Error?.Contains(bound, StringComparison.Ordinal) == true)
        {
            return report;
        }

        return report.Status switch
        {
            // Every cell placed from the part read; the rest of the document was not looked at, so it is not ok.
            ReportStatus.Ok => report with { Status = ReportStatus.Incomplete, Error = $"not wholly read: {bound}" },
            ReportStatus.Failed => report with { Error = $"{bound}; in the part read: {report.Error}" },
            _ => report with { Error = report.Error is null ? bound : $"{bound}; {report.Error}" },
        };
    }
}
