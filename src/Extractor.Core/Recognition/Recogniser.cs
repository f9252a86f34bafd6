using Extractor.Core.Documents;
using Extractor.Core.Reports;
using Extractor.Core.Schema;
using Extractor.Core.Text;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition;

/// <summary>
/// Recognises a report in a document's blocks: title, sections, era, and the three tables mapped onto canonical keys.
/// A pure function of the blocks; it never knows the file format.
/// </summary>
public static class Recogniser
{
    private static readonly Dictionary<CellKey, CellValue> Empty = [];

    public static RecognisedReport Recognise(DocumentContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Inline.InlineReading.Improve(Read(content), content, Read);
    }

    private static RecognisedReport Read(DocumentContent content)
    {
        IReadOnlyList<Token> tokens = Token.From(content.Blocks);
        var second = ReportBoundary.SecondReportStart(tokens, Templates.Sections);
        string? secondReport = null;
        if (second is { } cut)
        {
            secondReport = $"the document holds more than one report (another begins at {tokens[cut].Block.Location}: '{Excerpt.Of(tokens[cut].Raw, 30)}'); only the first is read";
            tokens = tokens.Take(cut).ToArray();
        }

        var title = TitleReader.Read(tokens);
        var markers = EraDetector.MarkerCounts(tokens);

        // Walk with the era whose labels the document holds; where no era's markers are there (or both eras'), walk
        // with each and keep the one that places more cells.
        var marked = TemplateSchema.All.Where(s => markers[s.Era] > 0).ToList();
        var candidates = marked.Count == 1 ? marked : TemplateSchema.All;
        var best = candidates
            .Select(s => (Schema: s, Walk: TableWalker.Walk(s, tokens)))
            .Select(x => (x.Schema, x.Walk, Placement: Recovery.ArithmeticRecovery.Recover(x.Schema, x.Walk, CellPlacer.Place(x.Schema, x.Walk), tokens)))
            .OrderByDescending(x => markers[x.Schema.Era])
            .ThenByDescending(x => x.Placement.Cells.Count)
            .First();

        var placement = GroupPrintedAsRow.Complete(
            best.Schema, tokens, best.Walk, PositionalRowPlacer.Complete(best.Schema, tokens, best.Walk, best.Placement));
        var sections = SectionTexts(tokens, best.Walk);
        var notes = new List<string>(content.Notes);
        notes.AddRange(best.Walk.Notes);
        if (best.Walk.StrayValues.Count > 0)
        {
            notes.Add($"{best.Walk.StrayValues.Count} number(s) inside tables belonged to no template row (first '{Excerpt.Of(best.Walk.StrayValues[0].Raw, 30)}' at {best.Walk.StrayValues[0].Block.Location})");
        }
        if (title.Note is not null)
        {
            notes.Add(title.Note);
        }

        // A legacy report's own small tables can hold a label such as 行政许可 with a number: one placed row is not
        // yet evidence of the template, a few cells or an era marker are.
        var rowsWithCells = best.Walk.Rows.Count(r => r.Cells.Count > 0) + best.Walk.Runs.Count;
        var isTemplate = markers.Values.Sum() > 0 || placement.Cells.Count >= 3;
        // A document that stops right after a heading, or a page without its end, was cut off.
        var truncation = content.Truncation
            ?? (sections.Count > 0 && sections[^1].Number < 6 && sections[^1].Text.Length == 0 && rowsWithCells == 0
                ? $"the document ends right after the heading of section {sections[^1].Number}"
                : null);
        if (isTemplate)
        {
            var problems = truncation is null
                ? placement.Problems
                : [new PlacementProblem($"truncated: {truncation}", []), .. placement.Problems];
            return new RecognisedReport(
                DocumentKind.TemplateReport, title.Agency, title.Year, best.Schema.Era,
                placement.Cells, problems, sections, notes, UnreadYear(title) is { } year ? string.Join("; ", new[] { secondReport, year }.OfType<string>()) : secondReport);
        }

        if (truncation is not null && title.TitleIndex is not null)
        {
            return new RecognisedReport(
                DocumentKind.TablesMissing, title.Agency, title.Year, null, Empty, [], sections, notes,
                $"truncated before its tables: {truncation}");
        }

        var headings = sections.Select(s => s.Number).ToHashSet();
        if (headings.Contains(2) && headings.Contains(3) && rowsWithCells == 0
            && sections.Where(s => s.Number is 2 or 3).All(s => s.Text.Length < 30))
        {
            return new RecognisedReport(
                DocumentKind.TablesMissing, title.Agency, title.Year, null, Empty, [], sections, notes,
                "the tables are not in the text (probably images): sections 二 and 三 have headings but no table cells");
        }

        if (title.TitleIndex is not null && headings.Count >= 2)
        {
            return new RecognisedReport(DocumentKind.LegacyReport, title.Agency, title.Year, null, Empty, [], sections, notes, null);
        }

        var reason = title.TitleIndex is null
            ? "not a government information disclosure annual report: no report title and no template table"
            : "mentions an annual report but has neither its sections nor its tables (a notice or news item?)";
        return new RecognisedReport(DocumentKind.NotAReport, title.Agency, title.Year, null, Empty, [], sections, notes, reason);
    }


    /// <summary>A year left empty because its candidates disagree: the report is not wholly read, and says why.</summary>
    private static string? UnreadYear(Title title) => title.Year is null ? title.Note : null;

    private static List<Section> SectionTexts(IReadOnlyList<Token> tokens, TableWalk walk)
    {
        var sections = new List<Section>();
        for (var i = 0; i < walk.Headings.Count; i++)
        {
            var (number, heading) = walk.Headings[i];
            var end = i + 1 < walk.Headings.Count ? walk.Headings[i + 1].Heading.Index : tokens.Count;
            var text = string.Join(
                "\n",
                tokens.Skip(heading.Index + 1).Take(end - heading.Index - 1)
                    .Where(t => !walk.TableTokens.Contains(t.Index) && !t.IsValue)
                    .Select(t => t.Raw.Trim())
                    .Where(t => t.Length > 0));
            sections.Add(new Section(number, heading.Raw.Trim(), text));
        }

        return sections;
    }
}
