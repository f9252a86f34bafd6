using Extractor.Core.Documents;
using Extractor.Readers.Docx;

namespace Extractor.Readers.Doc;

/// <summary>
/// Reads a Word 97-2003 binary document (.doc), or a Kingsoft WPS document (which WPS saves as the same binary inside a
/// compound file), into the blocks a DOCX gives: the compound file's WordDocument stream and its table stream are read
/// by this project's own reader of MS-CFB and MS-DOC, nothing is run (macros and embedded objects are data never
/// opened), and a file that cannot be read says why in one line.
/// </summary>
public static class DocReader
{
    public const string Format = "doc";

    public static ReadOutcome Read(byte[] bytes, string format = Format)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            var file = CompoundFile.Open(bytes);
            var children = file.RootChildren();
            if (children.Any(e => e.IsStream && e.Name == "EncryptedPackage"))
            {
                return ReadOutcome.Failed(Format, "encrypted Word document: it cannot be opened without a password");
            }

            var word = children.FirstOrDefault(e => e.IsStream && e.Name == "WordDocument");
            if (word is null)
            {
                return ReadOutcome.Failed(format, NotWord(children));
            }

            var wordBytes = file.Read(word);
            var fib = WordBinaryDocument.ReadFib(wordBytes);
            var tableName = fib.UsesTable1 ? "1Table" : "0Table";
            var table = children.FirstOrDefault(e => e.IsStream && e.Name == tableName);
            if (table is null)
            {
                return ReadOutcome.Failed(format, $"corrupt Word document: the {tableName} stream the FIB names is missing");
            }

            var data = children.FirstOrDefault(e => e.IsStream && e.Name == "Data");
            var paragraphs = WordBinaryDocument.Paragraphs(fib, wordBytes, file.Read(table), data is null ? [] : file.Read(data));
            var blocks = DocxBlockWriter.Write(WordprocessingTree.Build(paragraphs));
            if (blocks.Count == 0)
            {
                return ReadOutcome.Failed(format, "the document has no text (only images or empty)");
            }

            return ReadOutcome.Read(new DocumentContent(format, blocks, Notes(children)));
        }
        catch (CompoundFileException e)
        {
            // A damaged container that still names the stream of an encrypted DOCX is better told as encrypted.
            return ReadOutcome.Failed(format, OfficeEncryption.IsEncryptedPackage(bytes)
                ? "encrypted Word document: it cannot be opened without a password"
                : e.Message);
        }
        catch (WordBinaryException e)
        {
            return ReadOutcome.Failed(format, e.Message);
        }
    }

    /// <summary>What a person should know of the parts not read: macros and embedded objects are never run or opened.</summary>
    private static List<string> Notes(IReadOnlyList<CompoundEntry> children)
    {
        var notes = new List<string>();
        if (children.Any(e => e.Name is "Macros" or "_VBA_PROJECT_CUR" or "VBA"))
        {
            notes.Add("the document carries macros: they were not run");
        }

        if (children.Any(e => e.Name == "ObjectPool"))
        {
            notes.Add("the document embeds objects: they were not opened, their contents are not read");
        }

        return notes;
    }

    private static string NotWord(IReadOnlyList<CompoundEntry> children)
    {
        if (children.Any(e => e.Name == "Workbook" || e.Name == "Book"))
        {
            return "a spreadsheet (XLS), not a report document";
        }

        if (children.Any(e => e.Name == "PowerPoint Document"))
        {
            return "a presentation (PPT), not a report document";
        }

        if (children.Any(e => e.Name == "CONTENTS"))
        {
            return "a Microsoft Works or older WPS document, not a Word binary: not read";
        }

        return $"a compound file but not a Word document (no WordDocument stream among its {children.Count} entries)";
    }
}
