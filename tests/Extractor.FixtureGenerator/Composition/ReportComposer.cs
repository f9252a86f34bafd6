using Extractor.FixtureGenerator.Layout;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Randomness;
using Extractor.FixtureGenerator.Rendering;
using TemplateTexts = Extractor.Core.Schema.Templates;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>Puts a whole report together: chrome, title, preamble, the six sections with their tables, chrome.</summary>
public sealed class ReportComposer(ReportModel model, DocumentStyle style, SeededRandom rng)
{
    private readonly List<TextLine> _lines = [];

    public ComposedDocument Compose()
    {
        var prose = new ProseWriter(model, style, rng);
        var title = $"{model.Year}年政府信息公开工作年度报告";
        if (style.PageChrome)
        {
            Plain(PageChrome.Head(model.Agency + title, model.Agency, model.Year, rng.Between(100, 9999)));
        }

        Title(title);

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
                    Plain([extra.Heading]);
                    Paragraphs(extra.Paragraphs);
                }

                Plain([style.Headings.TryGetValue(section, out var heading) ? heading : TemplateTexts.Sections[section - 1].Heading]);
                Section(section, prose);
            }
        }

        if (style.PageChrome)
        {
            Plain(PageChrome.Foot(model.Agency));
        }

        return new ComposedDocument(_lines, prose.Warnings);
    }

    private void Title(string title)
    {
        switch (style.Title)
        {
            case TitleLayout.OneLine:
                Plain([model.Agency + title]);
                break;
            case TitleLayout.TwoLines:
                Plain([model.Agency, title]);
                break;
            case TitleLayout.SeedLike:
                Plain(["\t" + model.Agency, title, "　　", string.Empty]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(style));
        }
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
                    Plain([noise]);
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
            Plain([noise]);
        }
    }

    private void Table(LogicalTable table) => _lines.AddRange(style.Renderer.Render(table));

    private void Paragraphs(IEnumerable<string> paragraphs) => Plain(paragraphs.Select(p => style.Indent + p));

    private void Plain(IEnumerable<string> lines) => _lines.AddRange(lines.Select(TextLine.Plain));
}
