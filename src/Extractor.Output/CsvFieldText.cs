using System.Globalization;

namespace Extractor.Output;

/// <summary>How typed values become CSV fields: invariant culture, no thousands separators, empty for absent.</summary>
public static class CsvFieldText
{
    /// <summary>The decimal as it prints (trailing zeros kept: the source printed them).</summary>
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Text(string? value) => value ?? string.Empty;
}
