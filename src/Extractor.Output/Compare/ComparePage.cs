using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Extractor.Core.Regions;
using Extractor.Core.Schema;

namespace Extractor.Output.Compare;

/// <summary>
/// compare.html: one self-contained page (style, script, data and Apache ECharts inline; a content security policy
/// that allows no fetch), so it opens from disk without a network and publishes as one file.
/// </summary>
public static class ComparePage
{
    public const string FileName = "compare.html";

    /// <summary>The most agency-years one page holds (about 10 KB each with their cells): beyond, a region is chosen instead.</summary>
    public const int MaxRows = 2000;

    /// <summary>The ECharts release inlined (npm <c>echarts</c>, Apache-2.0, Compare/Vendor).</summary>
    public const string EChartsVersion = "6.1.0";

    private static readonly JsonSerializerOptions Json = new()
    {
        // Chinese stays readable; <, > and & are still escaped, so no "</script>" can end the data block.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private static readonly Lazy<IReadOnlyDictionary<string, string>> CellLabels = new(Labels);

    /// <param name="rows">The comparison's rows.</param>
    /// <param name="region">The region chosen, or null for all.</param>
    /// <param name="source">What the data was read from (the output folder), for the footer.</param>
    public static string Html(IReadOnlyList<CompareRow> rows, Division? region, string source)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var directory = RegionDirectory.Shared;
        var title = region is null ? "政府信息公开工作年度报告 比较" : $"{region.Name} 政府信息公开工作年度报告 比较";
        var data = new
        {
            title,
            region = region is null ? null : new { code = region.Code, name = region.Name, path = directory.PathOf(region) },
            years = rows.Select(r => r.Year).Distinct().Order().ToList(),
            source,
            divisions = RegionDirectory.DataSource,
            indicators = Indicators.All.Select(i => new { id = i.Id, label = i.Label, unit = i.Unit == IndicatorUnit.Share ? "share" : "count", formula = i.Formula, headline = i.Headline }),
            rows = rows.Select(Row),
        };

        var json = JsonSerializer.Serialize(data, Json);
        return new StringBuilder(Resource("compare.html"))
            .Replace("{{TITLE}}", WebUtility.HtmlEncode(title))
            .Replace("/*{{STYLE}}*/", Resource("compare.css"))
            .Replace("{{DATA}}", json)
            .Replace("/*{{ECHARTS}}*/", Resource("echarts.min.js"))
            .Replace("/*{{SCRIPT}}*/", Resource("compare.js"))
            .ToString();
    }

    private static object Row(CompareRow row) => new
    {
        agency = row.Agency.Agency,
        name = row.Name,
        regionCode = row.Agency.RegionCode,
        regionName = row.Agency.Region?.Name,
        path = row.Agency.Path,
        kind = row.Agency.Kind.ToCsv(),
        how = row.Agency.How.ToCsv(),
        note = row.Agency.Note,
        year = row.Year,
        status = row.Report.Status,
        error = row.Report.Error,
        source = row.Report.Source,
        reportId = row.Report.ReportId,
        others = row.OtherReports,
        cells = Indicators.All.ToDictionary(
            i => i.Id,
            i =>
            {
                var cell = row.Cells[i.Id];
                return new
                {
                    v = Rounded(cell.Value.Value, i.Unit),
                    c = Rounded(cell.Change, i.Unit),
                    o = cell.Outlier,
                    why = cell.Value.Why,
                    from = cell.Value.Cells.Select(c => new { key = c.Key, label = CellLabels.Value.GetValueOrDefault(c.Key), value = c.Value, kind = c.Kind, raw = c.Raw, loc = c.Location }),
                };
            }),
    };

    private static decimal? Rounded(decimal? value, IndicatorUnit unit) =>
        value is { } v && unit == IndicatorUnit.Share ? Math.Round(v, 6) : value;

    private static string Resource(string name)
    {
        using var stream = typeof(ComparePage).Assembly.GetManifestResourceStream($"Extractor.Output.Compare.{name}")
            ?? throw new InvalidOperationException($"{name} is missing from Extractor.Output");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>"（一）予以公开 / 总计" for applications.granted.total, from the template schemas.</summary>
    private static Dictionary<string, string> Labels()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var schema in TemplateSchema.All)
        {
            foreach (var table in schema.Tables)
            {
                foreach (var row in table.Rows)
                {
                    foreach (var column in row.Columns)
                    {
                        labels.TryAdd(new CellKey(table.Key, row.Key, column.Key).ToString(), $"{row.Label} / {column.Label}");
                    }
                }
            }
        }

        return labels;
    }
}
