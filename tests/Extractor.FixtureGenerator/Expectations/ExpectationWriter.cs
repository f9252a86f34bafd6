using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Core.Values;
using Extractor.FixtureGenerator.Model;

namespace Extractor.FixtureGenerator.Expectations;

/// <summary>
/// Writes an expectation as indented UTF-8 JSON in a fixed key order, cells in schema order, one cell per line so
/// that a diff between two generations shows exactly which values moved.
/// </summary>
public static class ExpectationWriter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static byte[] ToJson(Expectation expectation)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("status", expectation.Status);
            json.WritePropertyName("status_any_of");
            if (expectation.StatusAnyOf is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteRawValue(Compact(w => StringArray(w, expectation.StatusAnyOf)));
            }

            json.WriteString("era", expectation.Era);
            if (expectation.Year is { } year)
            {
                json.WriteNumber("year", year);
            }
            else
            {
                json.WriteNull("year");
            }

            if (expectation.Agency is { } agency)
            {
                json.WriteString("agency", agency);
            }
            else
            {
                json.WriteNull("agency");
            }

            json.WriteStartObject("cells");
            foreach (var cell in expectation.Cells)
            {
                json.WritePropertyName(cell.Key.ToString());
                json.WriteRawValue(Compact(w => Cell(w, cell)));
            }

            json.WriteEndObject();

            json.WriteStartArray("may_be_missing");
            foreach (var key in expectation.MayBeMissing)
            {
                json.WriteStringValue(key.ToString());
            }

            json.WriteEndArray();
            json.WriteStartArray("failing_checks");
            foreach (var check in expectation.FailingChecks)
            {
                json.WriteStringValue(check);
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in expectation.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WritePropertyName("quirks");
            json.WriteRawValue(Compact(w =>
            {
                w.WriteStartArray();
                foreach (var quirk in expectation.Quirks)
                {
                    w.WriteNumberValue(quirk);
                }

                w.WriteEndArray();
            }));
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Cell(Utf8JsonWriter w, ExpectedCell cell)
    {
        w.WriteStartObject();
        w.WriteString("kind", cell.Truth.Kind.ToCsv());
        if (cell.Truth.Number is { } number)
        {
            w.WriteString("value", NumberText.Invariant(number));
        }

        if (cell.Raw is { } raw)
        {
            w.WriteString("raw", raw);
        }

        w.WriteEndObject();
    }

    private static void StringArray(Utf8JsonWriter w, IEnumerable<string> items)
    {
        w.WriteStartArray();
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    private static string Compact(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Encoder }))
        {
            write(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
