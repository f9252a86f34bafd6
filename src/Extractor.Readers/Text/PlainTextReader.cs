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

    /// <summary>
    /// Cells kept of one text. A report has a few thousand; a text of millions of one-digit lines would otherwise hold a
    /// block per line, some 60 times the file's size in memory. The first report is always long within this.
    /// </summary>
    public const int MaxBlocks = 100_000;

    public static ReadOutcome Read(ReadOnlySpan<byte> bytes)
    {
        var (text, failure, note) = TextDecoder.Decode(bytes);
        if (text is null)
        {
            return ReadOutcome.Failed(Format, failure!);
        }

        var blocks = ReadText(text, out var linesRead);
        if (blocks.Count == 0)
        {
            return ReadOutcome.Failed(Format, "no text: the document is blank");
        }

        List<string> notes = note is null ? [] : [note];
        if (linesRead >= 0)
        {
            notes.Add($"only the first {MaxBlocks:N0} cells were read (to line {linesRead:N0}): no report is that long");
        }

        return ReadOutcome.Read(new DocumentContent(Format, blocks, notes));
    }

    public static List<Block> ReadText(string text) => ReadText(text, out _);

    /// <param name="cutAtLine">The last line read when the text held more than <see cref="MaxBlocks"/> cells, else -1.</param>
    public static List<Block> ReadText(string text, out int cutAtLine)
    {
        var blocks = new List<Block>();
        var lineNumber = 0;
        cutAtLine = -1;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (blocks.Count >= MaxBlocks)
            {
                cutAtLine = lineNumber;
                break;
            }

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
