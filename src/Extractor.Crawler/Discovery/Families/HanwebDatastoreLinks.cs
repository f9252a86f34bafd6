using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Extractor.Crawler.Discovery.Families;

/// <summary>
/// Hanweb (大汉) JCMS keeps a column's records in <c>&lt;script type="text/xml"&gt;&lt;datastore&gt;&lt;recordset&gt;
/// &lt;record&gt;&lt;![CDATA[&lt;li&gt;&lt;a href…&gt;]]&gt;</c> on the column page, and dataproxy.jsp answers later groups
/// with the same XML. Each record is an HTML fragment whose anchors are read like any others.
/// </summary>
public sealed partial class HanwebDatastoreLinks : ILinkFinder
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public IEnumerable<PageLink> Find(DiscoveryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var records = Records(page.Text);
        if (records.Count == 0)
        {
            return [];
        }

        var fragment = new StringBuilder();
        foreach (var record in records)
        {
            fragment.Append("<div>").Append(record).Append("</div>");
        }

        var document = Parser.ParseDocument("<html><body>" + fragment + "</body></html>");
        return AnchorLinks.In(document, page.BaseUrl, page.Url).ToList();
    }

    /// <summary>The HTML of every record of every datastore in the text.</summary>
    public static IReadOnlyList<string> Records(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("<recordset", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        return [.. Record().Matches(text).Select(m => m.Groups["cdata"].Success ? m.Groups["cdata"].Value : System.Net.WebUtility.HtmlDecode(m.Groups["plain"].Value))];
    }

    [GeneratedRegex(@"<record>\s*(?:<!\[CDATA\[(?<cdata>.*?)\]\]>|(?<plain>[^<]*(?:<(?!/record>)[^<]*)*))\s*</record>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Record();
}
