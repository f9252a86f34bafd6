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

    /// <summary>Attributes of a page; a report page has a few per tag. A flood of them costs 30 times the page's size.</summary>
    private const int MaxAttributes = 200_000;

    /// <summary>Smaller pages are not scanned: they cost little memory whatever they hold.</summary>
    private const int AttributeScanFrom = 256 * 1024;

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

    /// <summary>Attributes inside start tags, counted as a tokenizer would (quoted values skipped whole).</summary>
    private static int CountAttributes(string html)
    {
        var count = 0;
        var i = 0;
        var n = html.Length;
        while (i < n - 1)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open >= n - 1)
            {
                break;
            }

            i = open + 1;
            if (!char.IsAsciiLetter(html[i]))
            {
                continue;
            }

            while (i < n && html[i] != '>' && !char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            while (i < n && html[i] != '>')
            {
                var c = html[i];
                if (char.IsWhiteSpace(c) || c == '/')
                {
                    i++;
                    continue;
                }

                count++;
                while (i < n && html[i] != '=' && html[i] != '>' && !char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < n && html[i] == '=')
                {
                    i++;
                    if (i < n && html[i] is '"' or '\'')
                    {
                        var close = html.IndexOf(html[i], i + 1);
                        i = close < 0 ? n : close + 1;
                    }
                    else
                    {
                        while (i < n && html[i] != '>' && !char.IsWhiteSpace(html[i]))
                        {
                            i++;
                        }
                    }
                }
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

        var attributes = page.Html.Length < AttributeScanFrom ? 0 : CountAttributes(page.Html);
        if (attributes > MaxAttributes)
        {
            return ReadOutcome.Failed(Format, $"too many attributes for a report page ({attributes:N0}, limit {MaxAttributes:N0})");
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
