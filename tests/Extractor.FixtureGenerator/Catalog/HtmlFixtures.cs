using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Composition;
using Extractor.FixtureGenerator.Documents;
using Extractor.FixtureGenerator.Expectations;
using Extractor.FixtureGenerator.Layout;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Randomness;
using Extractor.FixtureGenerator.Rendering;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>
/// Reports as county portals serve them: whole pages around the article (quirk 19), tables as real HTML tables with
/// the template's spans, written by different CMSs and editors, in UTF-8 or GBK, plus pages that are not one report.
/// </summary>
public static class HtmlFixtures
{
    public const string Folder = "html";

    private const string Html = ".html";

    private static readonly string[] OrganisationColumns = ["business", "research", "social_welfare", "legal_service", "other_org"];

    public static IEnumerable<IFixture> All =>
    [
        new ReportFixture("2021_portal_plain_table", Era.Template2021, 19) { Folder = Folder, Extension = Html, Style = Table(new PortalPage(), new()) },
        new ReportFixture("2019_portal_plain_table", Era.Template2019, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(new PortalPage { SidebarFirst = true, Title = ArticleTitle.DivTitle, NavElement = true }, new()),
        },
        new ReportFixture("2019_portal_word_pasted", Era.Template2019, 10, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(WordPage, WordTable),

            // Word leaves &nbsp; in the cells the agency left empty.
            Values = (m, _) => Plant.ZerosAs(m, k => k.Table == "applications" && k.Column is "research" or "social_welfare", string.Empty, CellTruth.Empty),
        },
        new ReportFixture("2021_portal_word_pasted", Era.Template2021, 5, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(WordPage with { Title = ArticleTitle.H1TwoLines }, WordTable, HeaderWrap.TwoLines),
        },
        new ReportFixture("2021_portal_th_in_thead", Era.Template2021, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(new PortalPage { Editor = ArticleEditor.Headings, NavElement = true }, new() { HeaderCellsAsTh = true }),
        },
        new ReportFixture("2019_portal_th_in_thead", Era.Template2019, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(new PortalPage { Editor = ArticleEditor.Headings, SidebarFirst = true }, new() { HeaderCellsAsTh = true }),
        },
        new ReportFixture("2019_portal_div_per_cell", Era.Template2019, 1, 19) { Folder = Folder, Extension = Html, Style = Flow("div", HeaderWrap.None) },
        new ReportFixture("2021_portal_p_per_cell", Era.Template2021, 1, 5, 19) { Folder = Folder, Extension = Html, Style = Flow("p", HeaderWrap.TwoLines) },
        new ReportFixture("2021_portal_gbk_http_equiv_gb2312", Era.Template2021, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(new PortalPage { Charset = CharsetDeclaration.HttpEquivGb2312 }, new()),
            Encode = TextEncodings.Gbk,
        },
        new ReportFixture("2019_portal_gbk_meta_charset", Era.Template2019, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(WordPage with { Charset = CharsetDeclaration.MetaGbk }, WordTable),
            Encode = TextEncodings.Gbk,
        },
        new ReportFixture("2021_portal_gbk_undeclared", Era.Template2021, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(new PortalPage { Charset = CharsetDeclaration.None, SidebarFirst = true }, new()),
            Encode = TextEncodings.Gbk,

            // The harness gives no Content-Type, so the page cannot be decoded: failed, whatever it holds. The cells are
            // its truth for a reader that is told the charset (HtmlFixtureCharsetTests).
            Expect = e => e with { Status = "failed", StatusAnyOf = null, MayBeMissing = [.. e.Cells.Select(c => c.Key)], FailingChecks = [], Warnings = [] },
        },
        new ReportFixture("2019_portal_layout_tables", Era.Template2019, 19) { Folder = Folder, Extension = Html, Style = Table(new PortalPage { LayoutTables = true }, new()) },
        new ReportFixture("2021_portal_hidden_print_copy", Era.Template2021, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(new PortalPage { HiddenPrintCopy = true, Title = ArticleTitle.DivTitle }, new()),
        },
        new DocumentFixture(Folder, "listing_page.html", rng =>
            new(TextEncodings.Utf8(ListingPage.Html(Agencies.Draw(rng), 2023, rng)), Expectation.NotAReport("failed", null, string.Empty, null, null, [19]))),
        new DocumentFixture(Folder, "two_reports_on_one_page.html", rng => TwoReports(rng, Era.Template2021)),

        // The second township kept the 2019 form (quirk 18): its 2019-only cells belong to no cell of the page's report.
        new DocumentFixture(Folder, "two_reports_of_both_forms_on_one_page.html", rng => TwoReports(rng, Era.Template2019)),
        new ReportFixture("2021_portal_empty_cells_and_slashes", Era.Template2021, 10, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(new PortalPage { SidebarFirst = true }, new()),
            Values = (m, _) =>
            {
                Plant.ZerosAs(m, k => k.Table == "applications" && (k.Row.StartsWith("denied_", StringComparison.Ordinal) || k.Row.StartsWith("rejected_", StringComparison.Ordinal)), string.Empty, CellTruth.Empty);
                Plant.ZerosAs(m, k => k.Table == "active" && k.Row is "rules" or "coercion", "/", CellTruth.NotApplicable);
                Plant.ZerosAs(m, k => k.Table == "review_litigation" && k.Row != "review", "/", CellTruth.NotApplicable);
            },
        },
        new ReportFixture("2019_portal_empty_cells_and_slashes", Era.Template2019, 10, 19)
        {
            Folder = Folder,
            Extension = Html,
            Style = Table(new PortalPage { Title = ArticleTitle.DivTitle }, new() { HeaderCellsAsTh = true }),
            Values = (m, _) =>
            {
                Plant.ZerosAs(m, k => k.Table == "active" && k.Row is "other_services" or "fees" or "procurement", string.Empty, CellTruth.Empty);
                Plant.ZerosAs(m, k => k.Table == "applications" && OrganisationColumns.Contains(k.Column) && k.Row.StartsWith("unable_", StringComparison.Ordinal), "/", CellTruth.NotApplicable);
            },
        },
        new ReportFixture("2021_portal_missing_trailing_td_in_table3", Era.Template2021, 4, 19)
        {
            Folder = Folder,
            Extension = Html,
            Profile = ValueProfile.Busy,
            Style = Table(new PortalPage(), new() { RowsMissingLastCell = new HashSet<string> { "unable_not_held" } }),
        },
        new ReportFixture("2019_portal_missing_trailing_td_in_table2", Era.Template2019, 4, 19)
        {
            Folder = Folder,
            Extension = Html,
            Profile = ValueProfile.Busy,

            // The CMS dropped the spanning last cell of the two two-value rows: 行政事业性收费 keeps 上一年项目数量 and
            // loses 本年增/减, 政府集中采购 keeps 采购项目数量 and loses 采购总金额.
            Style = Table(new PortalPage(), new() { RowsMissingLastCell = new HashSet<string> { "fees", "procurement" } }),
        },
        new ReportFixture("2021_portal_missing_trailing_td_in_table4", Era.Template2021, 4, 19)
        {
            Folder = Folder,
            Extension = Html,
            Profile = ValueProfile.Busy,

            // The one row of fifteen values ends after fourteen: 复议后起诉's 总计 is gone.
            Style = Table(new PortalPage { SidebarFirst = true }, new() { RowsMissingLastCell = new HashSet<string> { "litigation_after_review" } }),
        },
        new ReportFixture("2021_portal_seed_values_word_pasted", Era.Template2021, 19)
        {
            Folder = Folder,
            Extension = Html,
            Agency = SeedValues.Agency,
            Year = SeedValues.Year,
            Style = Table(WordPage, WordTable),
            Values = (m, _) => SeedValues.Apply(m),
        },
        new ReportFixture("2021_portal_truncated_in_table3", Era.Template2021, 19)
        {
            Folder = Folder,
            Extension = Html,
            Profile = ValueProfile.Busy,
            Style = Table(new PortalPage { Editor = ArticleEditor.Headings }, new()),

            // The download stopped inside the label of the row after 4.保护第三方合法权益: no </table>, </body> or </html>.
            Cut = d =>
            {
                var kept = d.TruncatedAfter(Plant.Key("applications", "denied_third_party", "total"));
                return kept with { Lines = [.. kept.Lines, TextLine.Plain("<tr><td>5.属于三类内部事务信")] };
            },
        },
    ];

    private static PortalPage WordPage => new() { Editor = ArticleEditor.Word, Title = ArticleTitle.DivTitle };

    private static HtmlTableOptions WordTable => new() { Markup = HtmlTableMarkup.Word };

    /// <summary>A report page whose tables are HTML tables with the template's rowspans.</summary>
    private static Func<DocumentStyle, DocumentStyle> Table(PortalPage page, HtmlTableOptions table, HeaderWrap wrap = HeaderWrap.None) =>
        s => s with { Markup = page, Renderer = new HtmlTableRenderer(table), Tables = s.Tables with { Groups = GroupPlacement.Rowspan, Wrap = wrap } };

    /// <summary>A report page whose tables were lost: every cell a &lt;p&gt; or &lt;div&gt; of its own, in the seed's order.</summary>
    private static Func<DocumentStyle, DocumentStyle> Flow(string element, HeaderWrap wrap) =>
        s => s with
        {
            Markup = new PortalPage { Title = ArticleTitle.DivTitle },
            Renderer = new HtmlFlowRenderer(new CellPerLineRenderer(), element),
            Tables = s.Tables with { Wrap = wrap },
        };

    /// <summary>
    /// A page of the county's township reports: two different reports one after the other. The page's title and first
    /// report (2021 form) are one agency's; a parser may refuse the page or give the first report's cells, never the
    /// second's.
    /// </summary>
    private static GeneratedFixture TwoReports(SeededRandom rng, Era secondForm)
    {
        var first = ReportSampler.Sample(Era.Template2021, 2022, Agencies.Draw(rng), ValueProfile.Quiet, rng);
        var second = ReportSampler.Sample(secondForm, 2022, Agencies.Draw(rng), ValueProfile.Busy, rng);
        DocumentStyle Style(PortalPage page) => Table(page, new())(new DocumentStyle());

        var following = new ReportComposer(second, Style(new PortalPage { ArticleOnly = true }), rng).Compose();
        var page = new ReportComposer(first, Style(new PortalPage { FollowingArticle = [.. following.Lines.Select(l => l.Text)] }), rng).Compose();
        var expected = new Expectation(
            "incomplete",
            ["incomplete", "failed"],
            first.Schema.Era.ToCsv(),
            first.Year,
            first.Agency,
            ExpectedCells.From(first),
            first.Schema.Cells,
            [],
            [],
            secondForm == first.Schema.Era ? [19] : [18, 19]);
        return new(TextEncodings.Utf8(page.Text), expected);
    }
}
