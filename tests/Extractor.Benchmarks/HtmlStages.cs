using System.Diagnostics;
using AngleSharp.Html.Parser;
using Extractor.Core.Documents;
using Extractor.Core.Recognition;
using Extractor.Core.Reports;
using Extractor.Readers;
using Extractor.Readers.Html;

namespace Extractor.Benchmarks;

/// <summary>
/// Where a page's time goes: the pipeline's stages called one after another, as the HTML reader and the document
/// processor call them, each timed on its own. Pages that cannot be decoded without a charset are left out.
/// </summary>
public static class HtmlStages
{
    private static readonly string[] Names = ["decode + hash", "AngleSharp parse", "flatten DOM", "locate body", "recognise", "check + assemble"];

    public static void Print(IReadOnlyList<(string Name, byte[] Bytes)> pages, double seconds)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var ticks = new long[Names.Length];
        long measured = 0;
        for (var warm = 0; warm < 2; warm++)
        {
            Run(pages, parser, new long[Names.Length]);
        }

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            measured += Run(pages, parser, ticks);
        }

        Console.WriteLine($"  per page, stage by stage ({measured} pages timed):");
        for (var s = 0; s < Names.Length; s++)
        {
            Console.WriteLine($"    {Names[s],-18} {ticks[s] * 1e6 / Stopwatch.Frequency / measured,7:0} µs");
        }
    }

    private static int Run(IReadOnlyList<(string Name, byte[] Bytes)> pages, HtmlParser parser, long[] ticks)
    {
        var count = 0;
        foreach (var (name, bytes) in pages)
        {
            var t0 = Stopwatch.GetTimestamp();
            var id = ReportIdentity.Of(bytes);
            var (page, _) = HtmlDecoder.Decode(bytes, null);
            if (page is null)
            {
                continue;
            }

            var t1 = Stopwatch.GetTimestamp();
            var document = parser.ParseDocument(page.Html);
            var t2 = Stopwatch.GetTimestamp();
            var writer = HtmlBlockWriter.Write(document.Body!);
            var t3 = Stopwatch.GetTimestamp();
            var blocks = ReportBodyLocator.Locate(writer);
            var t4 = Stopwatch.GetTimestamp();
            var recognised = Recogniser.Recognise(new DocumentContent(HtmlReader.Format, blocks, [], null));
            var t5 = Stopwatch.GetTimestamp();
            ReportAssembly.Assemble(id, name, HtmlReader.Format, recognised);
            var t6 = Stopwatch.GetTimestamp();
            long[] at = [t0, t1, t2, t3, t4, t5, t6];
            for (var s = 0; s < Names.Length; s++)
            {
                ticks[s] += at[s + 1] - at[s];
            }

            count++;
        }

        return count;
    }
}
