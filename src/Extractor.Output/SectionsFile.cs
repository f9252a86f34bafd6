using Extractor.Core.Reports;

namespace Extractor.Output;

/// <summary>sections.csv: the six sections of each report, heading as printed and prose.</summary>
public static class SectionsFile
{
    public const string FileName = "sections.csv";

    public static IReadOnlyList<string> Header { get; } = ["report_id", "section", "heading", "text"];

    public static CsvTable Table(IEnumerable<ReportResult> reports) =>
        new(FileName, Header, reports.SelectMany(r => r.Sections.Select(s => Row(r.ReportId, s))));

    private static string[] Row(string reportId, Section section) =>
        [reportId, CsvFieldText.Number(section.Number), section.Heading, section.Text];
}
