using System.Globalization;
using System.Text;

namespace Extractor.Tests.Crawl.Families;

/// <summary>
/// A TRS WCM portal: a UTF-8 column of index.shtml, index_1.shtml… named only by the six-argument, one-based
/// createPageHTML, whose report pages hold the report as relative ./P020….pdf attachments (one with a .doc beside);
/// and a GBK column whose pager is the classic <c>var countPage = N</c> with document.write.
/// </summary>
public sealed class TrsSite : FamilySite
{
    private const int PerPage = 3;

    private readonly List<ListedReport> pdfColumn = [];
    private readonly List<ListedReport> gbkColumn = [];
    private int added;

    public TrsSite()
    {
        for (var n = 1; n <= 7; n++)
        {
            pdfColumn.Add(new ListedReport($"/xxgk/ndbg/2024{n:D2}/t2024{n:D2}10_{n}.shtml", $"某省第{n}厅2023年政府信息公开工作年度报告"));
        }

        for (var n = 1; n <= 4; n++)
        {
            gbkColumn.Add(new ListedReport($"/zwgk/nb/2024{n:D2}/t2024{n:D2}15_{n}.html", $"某省第{n}市2023年政府信息公开年报"));
        }
    }

    public override string SeedPath => "/";

    public override IReadOnlyList<string> Documents =>
        [.. pdfColumn.Select(r => Attachment(r.Path, ".pdf")), Attachment(pdfColumn[added].Path, ".doc"), .. gbkColumn.Select(r => r.Path)];

    public override IReadOnlyList<string> NewDocuments => added == 0 ? [] : [Attachment(pdfColumn[0].Path, ".pdf"), gbkColumn[0].Path];

    public override void AddNewReport()
    {
        added++;
        var n = 50 + added;
        pdfColumn.Insert(0, new ListedReport($"/xxgk/ndbg/2025{added:D2}/t2025{added:D2}10_{n}.shtml", $"某省新{n}厅2024年政府信息公开工作年度报告"));
        gbkColumn.Insert(0, new ListedReport($"/zwgk/nb/2025{added:D2}/t2025{added:D2}15_{n}.html", $"某省新{n}市2024年政府信息公开年报"));
    }

    public override FamilyAnswer? Answer(FamilyRequest request)
    {
        var path = request.Path;
        if (path is "/" or "/index.html")
        {
            return FamilyAnswer.Html("""
                <html><head><meta charset="utf-8"><title>某省人民政府</title></head><body>
                <a href="/xxgk/ndbg/index.shtml">政府信息公开年报</a> <a href="/zwgk/nb/index.html">政府信息公开年度报告</a> <a href="/xwzx/index.shtml">新闻中心</a>
                </body></html>
                """);
        }

        if (ListingPage(path, "/xxgk/ndbg/index", ".shtml") is { } pdfPage)
        {
            return pdfPage < Pages(pdfColumn) ? FamilyAnswer.Html(SixArgumentListing(pdfPage)) : null;
        }

        if (ListingPage(path, "/zwgk/nb/index", ".html") is { } gbkPage)
        {
            return gbkPage < Pages(gbkColumn) ? FamilyAnswer.Gbk(CountPageListing(gbkPage)) : null;
        }

        var pdfIndex = pdfColumn.FindIndex(r => r.Path == path || Attachment(r.Path, ".pdf") == path || Attachment(r.Path, ".doc") == path);
        if (pdfIndex >= 0)
        {
            var item = pdfColumn[pdfIndex];
            if (path.EndsWith(".pdf", StringComparison.Ordinal))
            {
                return FamilyAnswer.Pdf($"TRS attachment {item.Path}");
            }

            if (path.EndsWith(".doc", StringComparison.Ordinal))
            {
                return FamilyAnswer.Doc($"TRS word attachment {item.Path}");
            }

            // The newest report carries its Word version beside the PDF.
            var doc = pdfIndex == added ? $"""<p>附件：<a href="./{Path.GetFileName(Attachment(item.Path, ".doc"))}">{item.Title}.doc</a></p>""" : string.Empty;
            return FamilyAnswer.Html(FamilyReports.Article(item.Title, $"""<p>详见附件。</p><p>附件：<a href="./{Path.GetFileName(Attachment(item.Path, ".pdf"))}">{item.Title}.pdf</a></p>{doc}"""));
        }

        var gbkItem = gbkColumn.Find(r => r.Path == path);
        return gbkItem is null ? null : FamilyAnswer.Html(FamilyReports.Html(gbkItem.Title[..gbkItem.Title.IndexOf("20", StringComparison.Ordinal)], int.Parse(gbkItem.Title[gbkItem.Title.IndexOf("20", StringComparison.Ordinal)..][..4], CultureInfo.InvariantCulture)));
    }

    /// <summary>The attachment of a report page: P020 and the page's number, beside it.</summary>
    public static string Attachment(string page, string extension)
    {
        var folder = page[..(page.LastIndexOf('/') + 1)];
        var number = Path.GetFileNameWithoutExtension(page).Replace("t", "P020", StringComparison.Ordinal);
        return folder + number + extension;
    }

    private static int? ListingPage(string path, string prefix, string extension)
    {
        if (path == prefix + extension)
        {
            return 0;
        }

        return path.StartsWith(prefix + "_", StringComparison.Ordinal) && path.EndsWith(extension, StringComparison.Ordinal) &&
            int.TryParse(path[(prefix.Length + 1)..^extension.Length], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    private static int Pages(List<ListedReport> items) => (items.Count + PerPage - 1) / PerPage;

    private string SixArgumentListing(int page)
    {
        var list = Items(pdfColumn, page, "/xxgk/ndbg/");
        return $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>
            <ul class="list">{list}</ul>
            <div id="page_div"></div>
            <script>createPageHTML('page_div', {Pages(pdfColumn)}, {page + 1}, 'index', 'shtml', {pdfColumn.Count});</script>
            </body></html>
            """;
    }

    private string CountPageListing(int page) => $"""
        <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>政府信息公开年度报告</title></head><body>
        <ul class="list">{Items(gbkColumn, page, "/zwgk/nb/")}</ul>
        <script language="JavaScript">
        var countPage = {Pages(gbkColumn)}//共多少页
        var currentPage = {page}//当前页
        var prevPage = currentPage-1//上一页
        var nextPage = currentPage+1//下一页
        if (currentPage < countPage - 1) document.write("<a href=\"index_" + nextPage + ".html\">下一页</a>");
        </script>
        </body></html>
        """;

    private static string Items(List<ListedReport> items, int page, string folder)
    {
        var html = new StringBuilder();
        foreach (var item in items.Skip(page * PerPage).Take(PerPage))
        {
            // Relative to the column's folder, as TRS writes them.
            html.Append("<li><a href=\"./").Append(item.Path[folder.Length..]).Append("\" title=\"").Append(item.Title).Append("\">").Append(item.Title).Append("</a></li>\n");
        }

        return html.ToString();
    }
}
