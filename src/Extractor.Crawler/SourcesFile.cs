using CsvHelper;
using Extractor.Crawler.Discovery;

namespace Extractor.Crawler;

/// <summary>
/// A sources CSV: one agency a row, with a header naming <c>url</c> and any of <c>agency</c>, <c>region_code</c>,
/// <c>level</c>, <c>years</c> (e.g. <c>2022-2024</c>). A UTF-8 BOM is fine (Excel writes one).
/// </summary>
public static class SourcesFile
{
    /// <exception cref="FormatException">The file is not a sources CSV; the message says where.</exception>
    public static IReadOnlyList<Seed> Read(string path)
    {
        var options = CsvReaderOptions.Default with { Separator = ',' };
        using var reader = CsvReader.FromFile(path, options);
        var header = reader.Headers.Select(h => h.Trim().TrimStart('\ufeff').ToLowerInvariant()).ToList();
        var url = header.IndexOf("url");
        if (url < 0)
        {
            throw new FormatException($"{path}: no 'url' column in the header ({string.Join(", ", header)})");
        }

        var agency = header.IndexOf("agency");
        var region = header.IndexOf("region_code");
        var level = header.IndexOf("level");
        var years = header.IndexOf("years");
        var seeds = new List<Seed>();
        var line = 1;
        while (reader.Read())
        {
            line++;
            string? Field(int index) => index >= 0 && index < reader.FieldCount && reader.GetString(index).Trim() is { Length: > 0 } v ? v : null;
            var text = Field(url);
            if (text is null)
            {
                continue;
            }

            var uri = UrlCanonicalizer.Canonical(text) ?? throw new FormatException($"{path} line {line}: '{text}' is not an http(s) URL");
            var regionCode = Field(region);
            if (regionCode is not null && (regionCode.Length != 6 || !regionCode.All(char.IsAsciiDigit)))
            {
                throw new FormatException($"{path} line {line}: region_code '{regionCode}' is not 6 digits");
            }

            YearSet? wanted;
            try
            {
                wanted = Field(years) is { } y ? YearSet.Parse(y) : null;
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path} line {line}: {e.Message}", e);
            }

            seeds.Add(new Seed(uri, Field(agency), regionCode, Field(level), wanted));
        }

        return seeds;
    }
}
