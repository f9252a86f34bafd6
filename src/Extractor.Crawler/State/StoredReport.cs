using System.Text.Json;
using System.Text.Json.Serialization;
using Extractor.Core.Documents;
using Extractor.Core.Reports;
using Extractor.Core.Schema;

namespace Extractor.Crawler.State;

/// <summary>
/// A parsed report kept in the state as JSON, so a nightly run writes the CSVs of thousands of known reports without
/// reading them again; a new parser version reads them again (the cache is keyed by it).
/// </summary>
public static class StoredReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter(), new CellKeyConverter(), new LocationConverter() },
        IgnoreReadOnlyProperties = true,
    };

    public static string ToJson(ReportResult report) => JsonSerializer.Serialize(report, Options);

    /// <summary>The report, or null when the JSON is not one (written by an incompatible version): then it is parsed again.</summary>
    public static ReportResult? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ReportResult>(json, Options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>A location as it was described; only its description is ever written out.</summary>
    public sealed record DescribedLocation(string Text) : SourceLocation
    {
        public override string Describe() => Text;
    }

    private sealed class CellKeyConverter : JsonConverter<CellKey>
    {
        public override CellKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            CellKey.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, CellKey value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }

    // Locations are a class hierarchy the readers grow (page boxes, table slots); the CSVs need only their text.
    private sealed class LocationConverter : JsonConverter<SourceLocation>
    {
        public override bool CanConvert(Type typeToConvert) => typeof(SourceLocation).IsAssignableFrom(typeToConvert);

        public override SourceLocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new DescribedLocation(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, SourceLocation value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Describe());
    }
}
