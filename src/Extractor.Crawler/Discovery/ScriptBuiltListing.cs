namespace Extractor.Crawler.Discovery;

/// <summary>
/// Tells a listing whose items a script fetches after load (an XHR, a template, a framework) from one that simply has
/// none: the first is worth a headless browser (--render) and worth saying so when a host yields nothing. A
/// document.write pager (TRS) is no sign: its pages are static.
/// </summary>
public static class ScriptBuiltListing
{
    private static readonly string[] Signs =
    [
        "$.ajax", "$.get(", "$.post(", "$.getJSON", "jQuery.ajax", "fetch(", "XMLHttpRequest", "axios", "new Vue", "createApp(", "v-for=",
        "laypage", "template(", "jsonp", "ReactDOM", "innerHTML", ".load(",
    ];

    public static bool IsLikely(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Shape != PageShape.Html || page.Html is not { } html)
        {
            return false;
        }

        var inline = string.Concat(page.Scripts);
        if (Signs.Any(s => inline.Contains(s, StringComparison.Ordinal)) || html.QuerySelector("[v-for], [v-if], [ng-repeat], #app:empty") is not null)
        {
            return true;
        }

        // A page of scripts and little text: its content arrives later.
        var text = html.Body?.TextContent.Count(c => !char.IsWhiteSpace(c)) ?? 0;
        return html.Scripts.Length >= 3 && text < 200;
    }
}
