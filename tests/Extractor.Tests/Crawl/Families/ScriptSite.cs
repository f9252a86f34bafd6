namespace Extractor.Tests.Crawl.Families;

/// <summary>
/// A listing built only by a script with no recognisable API (family 7): the page has an empty list, and a script
/// fetches the items from a URL it assembles and writes the links into the DOM. Only a browser reaches the reports.
/// </summary>
public sealed class ScriptSite : FamilySite
{
    private readonly List<(string Page, string Title)> items =
    [
        ("/xxgk/nb/c_101.html", "某市发展改革委2023年政府信息公开工作年度报告"),
        ("/xxgk/nb/c_102.html", "某市发展改革委2022年政府信息公开工作年度报告"),
    ];

    private int added;

    /// <param name="disallowData">robots.txt forbids the URL the script fetches its items from.</param>
    public ScriptSite(bool disallowData = false) => DisallowData = disallowData;

    public bool DisallowData { get; }

    public override string Robots => DisallowData ? "User-agent: *\nDisallow: /data/\n" : base.Robots;

    public override string SeedPath => "/xxgk/nb/index.html";

    public override IReadOnlyList<string> Documents => [.. items.Select(i => i.Page)];

    public override IReadOnlyList<string> NewDocuments => added == 0 ? [] : [items[0].Page];

    public override void AddNewReport()
    {
        added++;
        items.Insert(0, ($"/xxgk/nb/c_2{added}.html", "某市发展改革委2024年政府信息公开工作年度报告"));
    }

    public override FamilyAnswer? Answer(FamilyRequest request)
    {
        var path = request.Path;
        if (path == SeedPath)
        {
            return FamilyAnswer.Html("""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title></head><body>
                <ul id="list"></ul>
                <script>
                var parts = ['da', 'ta', '/q'];
                fetch('/' + parts.join('') + '?c=' + (7 * 6)).then(function (r) { return r.json(); }).then(function (rows) {
                    document.getElementById('list').innerHTML = rows.map(function (x) { return '<li><a href="' + x[0] + '">' + x[1] + '</a></li>'; }).join('');
                });
                </script>
                </body></html>
                """);
        }

        if (path == "/data/q" && request.Param("c") == "42")
        {
            return FamilyAnswer.Json(System.Text.Json.JsonSerializer.Serialize(items.Select(i => new[] { i.Page, i.Title })));
        }

        foreach (var (page, title) in items)
        {
            if (path == page)
            {
                var at = title.IndexOf("20", StringComparison.Ordinal);
                return FamilyAnswer.Html(FamilyReports.Html(title[..at], int.Parse(title[at..][..4], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return null;
    }
}
