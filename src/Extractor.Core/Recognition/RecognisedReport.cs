using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition;

/// <summary>What kind of document the recogniser decided it was looking at.</summary>
public enum DocumentKind
{
    /// <summary>A report of the 2019 or 2021 template.</summary>
    TemplateReport,

    /// <summary>A pre-2019 free-text report.</summary>
    LegacyReport,

    /// <summary>A report whose tables are not in the text (images); the sections are there, the cells are not.</summary>
    TablesMissing,

    /// <summary>Not a government information disclosure annual report.</summary>
    NotAReport,
}

/// <summary>The recogniser's result for one document: pure data, before the checks.</summary>
/// <param name="Reason">Why a document is not (wholly) read: not a report, tables missing, or a second report on the page.</param>
public sealed record RecognisedReport(
    DocumentKind Kind,
    string? Agency,
    int? Year,
    Era? Era,
    IReadOnlyDictionary<CellKey, CellValue> Cells,
    IReadOnlyList<PlacementProblem> Problems,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<string> Notes,
    string? Reason);
