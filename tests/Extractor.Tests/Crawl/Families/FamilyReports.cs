using System.Collections.Concurrent;
using Extractor.Tests.Crawl.Site;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Crawl.Families;

/// <summary>Report pages for the family sites: the fixture portal's report layout with the agency and year of each item.</summary>
public static class FamilyReports
{
    private static readonly Lazy<Expectation> Template2021 = new(() => Expectation.Load(RepoPaths.Fixture("text", "2021_lone_pipe_lines_between_rows.expected.json")));

    private static readonly Lazy<Expectation> Template2019 = new(() => Expectation.Load(RepoPaths.Fixture("text", "2019_blank_cells_and_empty_rows.expected.json")));

    private static readonly ConcurrentDictionary<(string, int, string), string> Pages = new();

    /// <summary>An inline report of <paramref name="agency"/> for <paramref name="year"/>.</summary>
    public static string Html(string agency, int year, string afterReport = "") =>
        Pages.GetOrAdd((agency, year, afterReport), key =>
        {
            var template = key.Item2 < 2021 ? Template2019.Value : Template2021.Value;
            return ReportPage.Html(template with { Agency = key.Item1, Year = key.Item2 }, $"{key.Item2 + 1}-01-20", "utf-8", key.Item3);
        });

    /// <summary>An article page that shows its report only as a file (a link, a frame), as many portals publish.</summary>
    public static string Article(string title, string body) => $"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
        <div class="crumbs">当前位置：<a href="/">首页</a></div>
        <h1>{title}</h1><div class="info">发布时间：2024-01-10</div>
        <div id="zoom">{body}</div>
        </body></html>
        """;
}
