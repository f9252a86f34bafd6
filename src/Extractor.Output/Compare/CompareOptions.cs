namespace Extractor.Output.Compare;

/// <param name="Region">Only agencies in this division (a 6-digit code: province, city or county), or null for all.</param>
/// <param name="Years">Only these reporting years, or null for all; a change is still taken from the year before.</param>
public sealed record CompareOptions(string? Region = null, Func<int, bool>? Years = null);
