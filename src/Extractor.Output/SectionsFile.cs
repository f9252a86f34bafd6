using System.Globalization;
using Extractor.Core.Reports;

namespace Extractor.Output;

/// <summary>sections.csv: the six sections of each report, heading as printed and prose.</summary>
public static class SectionsFile
{
    public const string FileName = "sections.csv";

    /// <summary>
    /// The longest heading or text written. A report followed by megabytes of junk would otherwise give one field of
    /// millions of characters, past the field limit of common CSV readers (Python's csv: 131,072).
    /// </summary>
    public const int MaxFieldLength = 100_000;

    public static IReadOnlyList<string> Header { get; } = ["report_id", "section", "heading", "text"];

    public static CsvTable Table(IEnumerable<ReportResult> reports) =>
        new(FileName, Header, reports.SelectMany(r => r.Sections.Select(s => Row(r.ReportId, s))));

    /// <summary>The text itself where it fits, else its first <see cref="MaxFieldLength"/> characters and a note saying so.</summary>
    public static string Capped(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxFieldLength)
        {
            return text;
        }

        // A surrogate pair is never split: the cut falls before its high half.
        var keep = char.IsHighSurrogate(text[MaxFieldLength - 1]) ? MaxFieldLength - 1 : MaxFieldLength;
        return string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, keep)} […cut: {text.Length:N0} characters, the first {keep:N0} kept]");
    }

    private static string[] Row(string reportId, Section section) =>
        [reportId, CsvFieldText.Number(section.Number), Capped(section.Heading), Capped(section.Text)];
}
