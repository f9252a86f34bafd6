namespace Extractor.FixtureGenerator.PdfSources;

/// <summary>The HTML pages behind the PDF fixtures: both eras, plain and long (table 3 across a page break).</summary>
public static class PdfSourceCatalog
{
    public static IReadOnlyList<PdfSource> All { get; } =
    [
        new("2021_plain", "2021_row_per_line", new PdfSourceLayout()),
        new("2019_plain", "2019_one_cell_per_line", new PdfSourceLayout { TitleOnOneLine = true }),
        new("2021_blank_cells", "2021_blank_cells_between_pipes", new PdfSourceLayout()),
        new("2019_signed_changes", "2019_signed_changes", new PdfSourceLayout { VerticalReviewHeader = true }),
        new("2021_source_error", "2021_source_error_total_off_by_one", new PdfSourceLayout()),

        // Long reports: table 3 starts low on a page and continues on the next, with and without its header repeated.
        new("2021_long_repeated_header", "2021_zero_as_slash", new PdfSourceLayout { ExtraOverviewParagraphs = 7, RepeatTableHeader = true }),
        // Only Chromium keeps an unruled table's cells on one line each (white-space: nowrap); LibreOffice wraps labels
        // and numbers inside their columns, and rows then cannot be told apart by alignment alone.
        new("2021_unruled_tables", "2021_fullwidth_digits", new PdfSourceLayout { Unruled = true }) { Printers = ["chromium"] },
        new("2019_long", "2019_one_cell_per_line", new PdfSourceLayout { ExtraOverviewParagraphs = 6, VerticalReviewHeader = true }),

        // Tall rows of table 3 split by a page break: LibreOffice leaves 5.要求行政机关确认或 and its numbers at the foot of
        // a page and 重新出具已获取信息 with a band of empty cells at the head of the next; through DOCX the break falls
        // in 2.其他法律行政法规禁|止公开 beside the spanning （三）不予公开 cell.
        new("2021_row_split", "2021_row_per_line", new PdfSourceLayout { ShortParagraphs = 16 }) { Printers = ["libreoffice"] },
        new("2021_row_split_spanning", "2021_row_per_line", new PdfSourceLayout { ShortParagraphs = 7 }) { Printers = ["docx"] },

        // A portal's article page printed whole, its 历年年报 side column beside the report.
        new("2021_portal_sidebar", "2021_zero_as_slash", new PdfSourceLayout { ExtraOverviewParagraphs = 7, RepeatTableHeader = true, Portal = true }) { Printers = ["chromium", "libreoffice"] },
        // Borders drawn per cell, apart: table 3's spanning cells continue on the next page as shorter boxes.
        new("2021_cell_borders", "2021_zero_as_slash", new PdfSourceLayout { ExtraOverviewParagraphs = 7, RepeatTableHeader = true, SeparateBorders = true }) { Printers = ["chromium"] },
    ];
}
