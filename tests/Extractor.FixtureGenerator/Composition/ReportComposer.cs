using Extractor.FixtureGenerator.Layout;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Randomness;
using Extractor.FixtureGenerator.Rendering;
using TemplateTexts = Extractor.Core.Schema.Templates;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>Puts a whole report together: chrome and title (by the style's markup), preamble, the six sections with their tables, chrome.</summary>
public sealed class ReportComposer(ReportModel model, DocumentStyle style, SeededRandom rng)
{
    private readonly List<TextLine> _lines = [];
    private readonly PageContext _page = new(model, style, rng);

    public ComposedDocument Compose()
    {
        var prose = new ProseWriter(model, style, rng);
        var markup = style.Markup;
        Plain(markup.Open(_page));
        var articleStart = _lines.Count;

        if (style.Frame == SectionFrame.TablesFirst)
        {
            Tables();
            Paragraphs(prose.ProblemsAndImprovements());
            Paragraphs(prose.OtherMatters());
        }
        else
        {
            if (Preamble.Text(style.Preamble, model.Schema.Era, model.Year, model.Agency) is { } preamble)
            {
                Paragraphs([preamble]);
            }

            for (var section = 1; section <= 6; section++)
            {
                foreach (var extra in style.ExtraSections.Where(e => e.Before == section))
                {
                    Heading(extra.Heading);
                    Paragraphs(extra.Paragraphs);
                }

                Heading(style.Headings.TryGetValue(section, out var heading) ? heading : TemplateTexts.Sections[section - 1].Heading);
                Section(section, prose);
            }
        }

        Plain(markup.Close(_page, _lines[articleStart..]));
        return new ComposedDocument(_lines, prose.Warnings);
    }

    private void Section(int section, ProseWriter prose)
    {
        switch (section)
        {
            case 1:
                Paragraphs(prose.Overview());
                break;
            case 2 when style.Frame == SectionFrame.Standard:
                if (style.ProseNumbersNearTables)
                {
                    Paragraphs([$"全年主动公开政府信息{rng.Between(800, 4000)}条，其中不予公开112件（经保密审查不予公开的拟公开文件），具体情况如下表。"]);
                }

                Table(ActiveTableBuilder.Build(model, style.Tables));
                break;
            case 3 when style.Frame == SectionFrame.Standard:
                if (style.ProseNumbersNearTables)
                {
                    Paragraphs([$"本年度12345政务服务便民热线转办群众来电{rng.Between(300, 5000)}个，均不属于政府信息公开申请，未计入下表。"]);
                }

                Table(ApplicationsTableBuilder.Build(model, style.Tables));
                break;
            case 4 when style.Frame == SectionFrame.Standard:
                Table(ReviewTableBuilder.Build(model, style.Tables));
                if (style.Tables.AfterLastTable is { } noise)
                {
                    Plain([style.Markup.Line(noise)]);
                }

                if (style.ProseNumbersNearTables)
                {
                    Paragraphs([$"另，全年办理网民留言{rng.Between(20, 300)}条，回复率100%。"]);
                }

                break;
            case 5:
                Paragraphs(prose.ProblemsAndImprovements());
                break;
            case 6:
                Paragraphs(prose.OtherMatters());
                break;
            default:
                // Tables that were images leave their headings with nothing between them.
                break;
        }
    }

    private void Tables()
    {
        Table(ActiveTableBuilder.Build(model, style.Tables));
        Table(ApplicationsTableBuilder.Build(model, style.Tables));
        Table(ReviewTableBuilder.Build(model, style.Tables));
        if (style.Tables.AfterLastTable is { } noise)
        {
            Plain([style.Markup.Line(noise)]);
        }
    }

    private void Table(LogicalTable table) => _lines.AddRange(style.Renderer.Render(table));

    private void Paragraphs(IEnumerable<string> paragraphs) =>
        Plain(paragraphs.Select(p => style.Markup.Paragraph(p, _page)));

    private void Heading(string text) => Plain([style.Markup.Heading(text)]);

    private void Plain(IEnumerable<string> lines) => _lines.AddRange(lines.Select(TextLine.Plain));
}
