using Extractor.Core.Recognition;
using Extractor.Core.Values;

namespace Extractor.Core.Reports;

/// <summary>
/// The template form itself, downloaded as a report: its tables are there but nothing is filled in, and no agency or
/// year names it. Read as a report it would be a row of blanks for nobody; it is a document that holds no report.
/// </summary>
public static class BlankTemplate
{
    public const string Reason = "a blank template: the template's tables with every cell empty, and no agency or year";

    public static bool Is(RecognisedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Kind == DocumentKind.TemplateReport && report.Agency is null && report.Year is null
            && report.Cells.Values.All(c => c.Kind == ValueKind.Empty);
    }
}
