using System.Globalization;
using Extractor.Core.Schema;

namespace Extractor.FixtureGenerator.Model;

/// <summary>How numbers are written: plainly in the documents, and as invariant decimal strings in expected files.</summary>
public static class NumberText
{
    /// <summary>The invariant form without trailing zeros ("153", "43.788", "-4"), as expected files state values.</summary>
    public static string Invariant(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>The way a report prints a value of this column type when nothing odd happens to it.</summary>
    public static string Printed(decimal value, CellType type) => type switch
    {
        // Signed changes carry their sign even when positive, as the template asks (本年增/减).
        CellType.SignedCount when value > 0 => "+" + Invariant(value),
        _ => Invariant(value),
    };
}
