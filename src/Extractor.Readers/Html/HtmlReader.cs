using AngleSharp.Html.Parser;
using Extractor.Core.Documents;

namespace Extractor.Readers.Html;

/// <summary>
/// Reads a report web page into blocks: decodes it from its bytes, parses it (AngleSharp), flattens the DOM with
/// table grids, and keeps the report body.
/// </summary>
public static class HtmlReader
{
    public const string Format = "html";

    private const int MaxTags = 60_000;

    private static readonly HtmlParserOptions Options = new() { IsScripting = false };

    [ThreadStatic]
    private static HtmlParser? parser;

    private static int CountTags(string html)
    {
        // Every tag opens with '<': a vectorised count bounds the exact one, which most pages never need.
        if (html.AsSpan().Count('<') <= MaxTags)
        {
            return 0;
        }

        var count = 0;
        for (var i = 0; i < html.Length - 1; i++)
        {
            if (html[i] == '<' && char.IsAsciiLetter(html[i + 1]))
            {
                count++;
            }
        }

        return count;
    }

    public static ReadOutcome Read(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var (page, failure) = HtmlDecoder.Decode(bytes, contentType);
        if (page is null)
        {
            return ReadOutcome.Failed(Format, failure!);
        }

        // AngleSharp's tree building grows quadratically on pathological nesting; no report page comes near this.
        var tags = CountTags(page.Html);
        if (tags > MaxTags)
        {
            return ReadOutcome.Failed(Format, $"too many elements for a report page ({tags:N0} tags, limit {MaxTags:N0})");
        }

        // One parser per thread: building one costs a tenth of a page's parse, and a parser is not shared across threads.
        parser ??= new HtmlParser(Options);
        var document = parser.ParseDocument(page.Html);
        if (document.Body is null)
        {
            return ReadOutcome.Failed(Format, "no <body> in the page");
        }

        var writer = HtmlBlockWriter.Write(document.Body);
        var blocks = ReportBodyLocator.Locate(writer);
        if (blocks.Count == 0)
        {
            return ReadOutcome.Failed(Format, "the page has no text");
        }

        // The end tags stand near the end; searching only the tail keeps this off a page's full length.
        var tail = page.Html.AsSpan(Math.Max(0, page.Html.Length - 16_384));
        var truncation = tail.Contains("</html", StringComparison.OrdinalIgnoreCase) || tail.Contains("</body", StringComparison.OrdinalIgnoreCase)
            ? null
            : "the page ends without </body> or </html>";
        return ReadOutcome.Read(new DocumentContent(Format, blocks, page.Note is null ? [] : [page.Note], truncation));
    }
}
