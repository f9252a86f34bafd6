using System.Globalization;
using Extractor.Core.Reports;

namespace Extractor.Cli;

/// <summary>The one line a parse run ends with on stdout.</summary>
public static class RunSummary
{
    public static string Line(IReadOnlyCollection<ReportResult> reports, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(outputFolder);
        int Count(ReportStatus status) => reports.Count(r => r.Status == status);
        var folder = Path.EndsInDirectorySeparator(outputFolder) ? outputFolder : outputFolder + Path.DirectorySeparatorChar;
        var documents = reports.Count == 1 ? "document" : "documents";
        var copies = reports.Sum(r => r.AlsoAt.Count);
        var twins = copies == 0 ? string.Empty : $"; {copies} identical {(copies == 1 ? "copy" : "copies")} written once (also_at)";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"parsed {reports.Count} {documents}: {Count(ReportStatus.Ok)} ok, {Count(ReportStatus.Inconsistent)} inconsistent, " +
            $"{Count(ReportStatus.Incomplete)} incomplete, {Count(ReportStatus.Legacy)} legacy, {Count(ReportStatus.Failed)} failed{twins} → {folder}");
    }
}
