using Extractor.Core.Documents;

namespace Extractor.Readers.Text;

/// <summary>
/// Reads report text as scrapers save it (quirks 1-4): one cell per line, blank lines between cells, rows of cells
/// separated by '|' or tabs with leading, trailing and padding pipes. Each printed line gets a line number that its
/// cells share; blank lines and lines of nothing but separators yield no blocks.
/// </summary>
public static class PlainTextReader
{
    public const string Format = "txt";

    public static ReadOutcome Read(ReadOnlySpan<byte> bytes)
    {
        var (text, failure, note) = TextDecoder.Decode(bytes);
        if (text is null)
        {
            return ReadOutcome.Failed(Format, failure!);
        }

        var blocks = ReadText(text);
        return blocks.Count == 0
            ? ReadOutcome.Failed(Format, "no text: the document is blank")
            : ReadOutcome.Read(new DocumentContent(Format, blocks, note is null ? [] : [note]));
    }

    public static List<Block> ReadText(string text)
    {
        var blocks = new List<Block>();
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsWhiteSpace())
            {
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.Contains('|'))
            {
                AddDelimited(blocks, trimmed, '|', lineNumber, stripOuter: true);
            }
            else if (trimmed.Contains('\t'))
            {
                AddDelimited(blocks, trimmed, '\t', lineNumber, stripOuter: false);
            }
            else
            {
                blocks.Add(new Block(line.ToString(), new TextLineLocation(lineNumber), lineNumber));
            }
        }

        return blocks;
    }

    private static void AddDelimited(List<Block> blocks, ReadOnlySpan<char> line, char separator, int lineNumber, bool stripOuter)
    {
        if (stripOuter)
        {
            if (line.StartsWith(separator))
            {
                line = line[1..];
            }

            if (line.EndsWith(separator))
            {
                line = line[..^1];
            }
        }

        var parts = line.ToString().Split(separator);
        if (parts.All(string.IsNullOrWhiteSpace))
        {
            return;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            blocks.Add(new Block(parts[i], new TextLineLocation(lineNumber, i + 1), lineNumber));
        }
    }
}
