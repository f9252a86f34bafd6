namespace Extractor.FixtureGenerator.Layout;

/// <summary>How a label that spans several rows (三、本年度办理结果, （三）不予公开) reaches the text (quirk 3).</summary>
public enum GroupPlacement
{
    /// <summary>On a row of its own before its first sub-row (the seed's one-cell-per-line form).</summary>
    OwnRow,

    /// <summary>Glued in front of the first sub-row and missing from the following ones.</summary>
    GluedToFirst,

    /// <summary>Glued to the first sub-row; the following sub-rows start with an empty cell for each spanning label.</summary>
    RowspanAsEmptyCells,

    /// <summary>As the template's HTML: glued to the first sub-row, spanning every row of its group (rowspan).</summary>
    Rowspan,
}
