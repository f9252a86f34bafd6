using System.Net;
using Extractor.FixtureGenerator.Layout;

namespace Extractor.FixtureGenerator.Rendering;

/// <summary>
/// A table whose &lt;table&gt; a CMS lost: every line a flattening renderer would write (one per cell for the
/// seed's form) becomes a &lt;p&gt; or &lt;div&gt; of its own, in sequence. Blank cells keep a &amp;nbsp; so they still
/// take their place. Nothing is left to say which column a value stands under.
/// </summary>
public sealed class HtmlFlowRenderer(ITableRenderer lines, string element) : ITableRenderer
{
    public IEnumerable<TextLine> Render(LogicalTable table) =>
        lines.Render(table).Select(line => line with
        {
            Text = $"<{element}>{(line.Text.Length == 0 ? "&nbsp;" : WebUtility.HtmlEncode(line.Text).Replace("\n", "<br>", StringComparison.Ordinal))}</{element}>",
        });
}
