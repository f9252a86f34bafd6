using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>The values of the real seed report (shared/spec/report-format.md, "The seed report"), to print in other forms.</summary>
public static class SeedValues
{
    public const string Agency = "保定市徐水区人民政府办公室";

    public const int Year = 2024;

    /// <summary>Every cell 0 but the seed's: 规范性文件 2/2/9, 22 applications by natural persons: 8 granted, 13 partly, 1 state secret.</summary>
    public static void Apply(ReportModel model)
    {
        foreach (var key in model.Schema.Cells)
        {
            model.SetNumber(key, 0);
        }

        model.SetNumber("active", "normative_documents", "issued", 2);
        model.SetNumber("active", "normative_documents", "repealed", 2);
        model.SetNumber("active", "normative_documents", "in_force", 9);
        model.SetNumber("applications", "new_received", "natural_person", 22);
        model.SetNumber("applications", "granted", "natural_person", 8);
        model.SetNumber("applications", "partially_granted", "natural_person", 13);
        model.SetNumber("applications", "denied_state_secret", "natural_person", 1);
        model.SetNumber("applications", "total_processed", "natural_person", 22);
        RowTotals.Apply(model, ApplicationValues.IdentityNamed(model.Schema, "row_total"));
    }
}
