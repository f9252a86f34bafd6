using System.IO.Compression;
using Extractor.Core.Documents;
using Extractor.Core.Reports;
using Extractor.Readers;
using Extractor.Readers.Docx;
using static Extractor.Tests.Docx.WordPackage;

namespace Extractor.Tests.Docx;

public class DocxReaderTests
{
    private static IReadOnlyList<Block> Blocks(byte[] docx)
    {
        var outcome = DocxReader.Read(docx);
        Assert.That(outcome.Failure, Is.Null);
        return outcome.Content!.Blocks;
    }

    private static string Cell(string text, string properties = "") =>
        $"<w:tc><w:tcPr>{properties}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>";

    [Test]
    public void Cells_take_the_slots_that_gridBefore_gridSpan_and_vMerge_give()
    {
        var table = "<w:tbl>" +
            "<w:tr>" + Cell("申请人情况", "<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>") + Cell("自然人") + "</w:tr>" +
            "<w:tr>" + Cell("", "<w:gridSpan w:val=\"2\"/><w:vMerge/>") + Cell("22") + "</w:tr>" +
            "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>" + Cell("0") + "</w:tr>" +
            "</w:tbl>";

        var cells = Blocks(Package(table)).Select(b => (b.Text, b.Grid!.Row, b.Grid.Column, b.Grid.RowSpan, b.Grid.ColumnSpan, b.Line)).ToList();

        Assert.That(cells, Is.EqualTo(new[]
        {
            ("申请人情况", 0, 0, 2, 2, 1),
            ("自然人", 0, 2, 1, 1, 1),
            ("22", 1, 2, 1, 1, 2),
            ("0", 2, 2, 1, 1, 3),
        }));
    }

    [Test]
    public void What_Word_does_not_show_is_not_read()
    {
        var body =
            "<w:p><w:r><w:t>本年新收</w:t></w:r>" +
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>" +
            "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>" +
            "<w:ins><w:r><w:t>申请</w:t></w:r></w:ins>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
            "<w:r><w:t>数量</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
            "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>12</w:t></w:r></w:p>";

        Assert.That(Blocks(Package(body)).Select(b => b.Text), Is.EqualTo(new[] { "本年新收申请数量12" }));
    }

    [Test]
    public void A_line_break_ends_a_block_in_a_paragraph_and_is_a_space_in_a_cell()
    {
        var body = "<w:p><w:r><w:t>某某县人民政府办公室</w:t><w:br/><w:t>2024年政府信息公开工作年度报告</w:t></w:r></w:p>" +
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>本年新收政府</w:t><w:br/><w:t>信息公开申请数量</w:t></w:r></w:p><w:p><w:r><w:t>(件)</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

        Assert.That(Blocks(Package(body)).Select(b => b.Text), Is.EqualTo(new[] { "某某县人民政府办公室", "2024年政府信息公开工作年度报告", "本年新收政府 信息公开申请数量 (件)" }));
    }

    [Test]
    public void A_text_box_offered_twice_is_read_once()
    {
        var box = "<w:txbxContent>" + Paragraph("2024年政府信息公开工作年度报告") + "</w:txbxContent>";
        var body = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp xmlns:wps=\"urn:wps\"><wps:txbx>" + box +
            "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v=\"urn:v\"><v:textbox>" + box +
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";

        Assert.That(Blocks(Package(body)).Select(b => b.Text), Is.EqualTo(new[] { "2024年政府信息公开工作年度报告" }));
    }

    [Test]
    public void A_table_holding_a_table_is_layout_and_read_as_flow()
    {
        var inner = "<w:tbl><w:tr>" + Cell("行政许可") + Cell("3") + "</w:tr></w:tbl>";
        var body = "<w:tbl><w:tr><w:tc>" + Paragraph("二、主动公开政府信息情况") + inner + "</w:tc></w:tr></w:tbl>";

        var blocks = Blocks(Package(body));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(blocks.Select(b => b.Text), Is.EqualTo(new[] { "二、主动公开政府信息情况", "行政许可", "3" }));
            Assert.That(blocks[0].Grid, Is.Null);
            Assert.That(blocks[2].Grid, Is.EqualTo(new GridPosition(1, 0, 1)));
        }
    }

    [Test]
    public void The_strict_namespace_and_a_main_part_named_elsewhere_are_read()
    {
        var docx = Package(Paragraph("一、总体情况"), ns: "http://purl.oclc.org/ooxml/wordprocessingml/main", part: "word/main.xml");

        Assert.That(Blocks(docx).Select(b => b.Text), Is.EqualTo(new[] { "一、总体情况" }));
    }

    [TestCase("./word/document.xml", "word/document.xml")]
    [TestCase("../word/document.xml", "word/document.xml")]
    [TestCase("/word/doc%75ment.xml", "word/document.xml")]
    [TestCase("word/document.xml", "Word/Document.xml")]
    [TestCase("http://example.invalid/word/document.xml", "word/document.xml")]
    public void The_main_part_is_found_as_a_package_names_it(string target, string part)
    {
        Assert.That(Blocks(Package(Paragraph("一、总体情况"), part: part, target: target)).Select(b => b.Text), Is.EqualTo(new[] { "一、总体情况" }));
    }

    [Test]
    public void Unreadable_relationships_leave_the_usual_part_name()
    {
        Assert.That(Blocks(Package(Paragraph("一、总体情况"), rels: "not xml <")).Select(b => b.Text), Is.EqualTo(new[] { "一、总体情况" }));
    }

    [Test]
    public void Text_boxes_inside_text_boxes_are_each_read_once()
    {
        var depth = 24;
        var body = string.Concat(Enumerable.Range(0, depth).Select(i => $"<w:p><w:r><w:t>box {i}</w:t></w:r><w:r><w:txbxContent>")) + Paragraph("in") +
            string.Concat(Enumerable.Repeat("</w:txbxContent></w:r></w:p>", depth));

        var texts = Blocks(Package(body)).Select(b => b.Text).ToList();

        Assert.That(texts, Is.EqualTo(Enumerable.Range(0, depth).Select(i => $"box {i}").Append("in")));
    }

    [Test]
    public void A_part_declaring_thousands_of_namespaces_is_refused_before_it_is_parsed()
    {
        var declarations = string.Concat(Enumerable.Range(0, 2000).Select(i => $" xmlns:n{i}=\"urn:n{i}\""));
        var xml = $"""<?xml version="1.0"?><w:document xmlns:w="{W}"{declarations}><w:body>{Paragraph("x")}</w:body></w:document>""";

        Assert.That(DocxReader.Read(Zip(("word/document.xml", xml))).Failure, Does.StartWith("the document part declares more than 1000 XML namespaces"));
    }

    [Test]
    public void Lines_and_rows_of_spaces_alone_are_not_blocks_and_a_ptab_separates()
    {
        var body = "<w:p><w:r><w:t>\u00a0\u3000</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>本年新收</w:t><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/><w:t>12</w:t></w:r></w:p>" +
            "<w:tbl><w:tr>" + Cell("\u00a0") + Cell("\u3000") + "</w:tr><w:tr>" + Cell("总计") + Cell("\u00a0") + "</w:tr></w:tbl>";

        var texts = Blocks(Package(body)).Select(b => (b.Text, b.Grid?.Row)).ToList();

        Assert.That(texts, Is.EqualTo(new (string, int?)[] { ("本年新收 12", null), ("总计", 1), ("\u00a0", 1) }));
    }

    [Test]
    public void Legacy_hMerge_widens_a_cell_and_an_absurd_gridBefore_is_clamped()
    {
        var table = "<w:tbl>" +
            "<w:tr>" + Cell("H", "<w:hMerge w:val=\"restart\"/>") + Cell("", "<w:hMerge/>") + Cell("x") + "</w:tr>" +
            "<w:tr><w:trPr><w:gridBefore w:val=\"2147483647\"/></w:trPr>" + Cell("y") + Cell("z") + "</w:tr>" +
            "</w:tbl>";

        var cells = Blocks(Package(table)).Select(b => (b.Text, b.Grid!.Column, b.Grid.ColumnSpan)).ToList();

        Assert.That(cells, Is.EqualTo(new[] { ("H", 0, 2), ("x", 2, 1), ("y", 60, 1), ("z", 61, 1) }));
    }

    [Test]
    public void A_vertical_merge_ends_at_a_row_that_does_not_continue_it()
    {
        var table = "<w:tbl>" +
            "<w:tr>" + Cell("A") + Cell("B", "<w:vMerge w:val=\"restart\"/>") + "</w:tr>" +
            "<w:tr>" + Cell("C") + "</w:tr>" +
            "<w:tr>" + Cell("D") + Cell("", "<w:vMerge/>") + "</w:tr>" +
            "</w:tbl>";

        var cells = Blocks(Package(table)).Select(b => (b.Text, b.Grid!.Row, b.Grid.Column, b.Grid.RowSpan)).ToList();

        Assert.That(cells, Is.EqualTo(new[] { ("A", 0, 0, 1), ("B", 0, 1, 1), ("C", 1, 0, 1), ("D", 2, 0, 1), (string.Empty, 2, 1, 1) }));
    }

    [Test]
    public void A_table_in_a_text_box_in_a_cell_does_not_make_the_table_layout()
    {
        var box = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:txbxContent><w:tbl><w:tr>" + Cell("注") + "</w:tr></w:tbl></w:txbxContent></mc:Choice></mc:AlternateContent></w:r></w:p>";
        var body = "<w:tbl><w:tr><w:tc>" + Paragraph("行政许可") + box + "</w:tc>" + Cell("3") + "</w:tr></w:tbl>";

        var blocks = Blocks(Package(body));

        Assert.That(blocks.Select(b => (b.Text, b.Grid?.Column)), Is.EqualTo(new (string, int?)[] { ("行政许可 注", 0), ("3", 1) }));
    }

    [Test]
    public void A_document_part_encrypted_inside_the_zip_says_so()
    {
        var bytes = Package(Paragraph("x"));

        // Set the "encrypted" flag of every entry, in its local header and its central directory record.
        for (var i = 0; i + 8 < bytes.Length; i++)
        {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4)
            {
                bytes[i + 6] |= 1;
            }
            else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2)
            {
                bytes[i + 8] |= 1;
            }
        }

        Assert.That(DocxReader.Read(bytes).Failure, Is.EqualTo("the document part is encrypted inside the ZIP: it cannot be read without a password"));
    }

    [Test]
    public void A_failed_docx_is_still_named_docx_whatever_its_url()
    {
        var result = new DocumentProcessor().Process(Package("<w:p/>"), "http://example.gov.cn/download.jsp?id=3");

        Assert.That((result.Format, result.Error), Is.EqualTo(("docx", "the document has no text (only images or empty)")));
    }

    [TestCase("xl/workbook.xml", "a spreadsheet (XLSX), not a report document")]
    [TestCase("ppt/presentation.xml", "a presentation (PPTX), not a report document")]
    [TestCase("readme.txt", "a ZIP archive but not a Word document (no main document part among its 1 entries)")]
    public void A_zip_that_is_not_a_word_document_says_what_it_is(string entry, string reason)
    {
        Assert.That(DocxReader.Read(Zip((entry, "x"))).Failure, Is.EqualTo(reason));
    }

    [Test]
    public void An_opendocument_file_says_it_is_not_read_yet()
    {
        var odt = Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

        Assert.That(DocxReader.Read(odt).Failure, Does.StartWith("an OpenDocument file"));
    }

    [Test]
    public void A_document_part_that_unpacks_past_the_limit_is_refused_without_reading_it()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i <= DocxReader.MaxPartBytes >> 20; i++)
            {
                stream.Write(spaces);
            }
        }

        var bomb = buffer.ToArray();
        var failure = DocxReader.Read(bomb).Failure;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bomb, Has.Length.LessThan(1 << 20), "a bomb: small packed, huge unpacked");
            Assert.That(failure, Does.Contain("ZIP bomb"));
        }
    }

    [Test]
    public void A_document_part_with_a_dtd_is_refused_and_no_entity_is_resolved()
    {
        var xxe = """<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>""" +
            $"""<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>""";
        var docx = Zip(("word/document.xml", xxe));

        var outcome = DocxReader.Read(docx);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Content, Is.Null);
            Assert.That(outcome.Failure, Does.StartWith("corrupt DOCX: the document part is not well-formed XML").And.Contain("DTD"));
        }
    }

    [TestCase("<w:document><w:body>", "corrupt DOCX: the document part is not well-formed XML", TestName = "Malformed XML is a corrupt document")]
    [TestCase("", "corrupt DOCX: the document part is not well-formed XML", TestName = "An empty part is a corrupt document")]
    public void Broken_document_parts_fail_with_a_reason(string xml, string reason)
    {
        Assert.That(DocxReader.Read(Zip(("word/document.xml", xml))).Failure, Does.StartWith(reason));
    }

    [Test]
    public void A_part_nested_past_any_word_processor_is_refused_before_it_is_walked()
    {
        var depth = 100_000;
        var body = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + Paragraph("x") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));

        Assert.That(DocxReader.Read(Package(body)).Failure, Is.EqualTo($"the document part nests elements more than {DocxReader.MaxDepth} deep: not a report (a word processor nests a few dozen)"));
    }

    [Test]
    public void A_document_without_text_says_so()
    {
        Assert.That(DocxReader.Read(Package("<w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>")).Failure, Is.EqualTo("the document has no text (only images or empty)"));
    }

    [Test]
    public void A_password_protected_docx_is_reported_as_encrypted()
    {
        // An OLE compound file header, then a directory entry named EncryptedPackage (UTF-16), as MS-OFFCRYPTO stores it.
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var bytes = header.Concat(new byte[504]).Concat(System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")).Concat(new byte[512]).ToArray();

        var result = new DocumentProcessor().Process(bytes, "report.docx");

        Assert.That((result.Status.ToCsv(), result.Error), Is.EqualTo(("failed", "encrypted Word document: it cannot be opened without a password")));
    }

    [Test]
    public void A_docx_served_under_another_name_is_still_a_docx()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("docx", "2021_plain.docx"));

        var result = new DocumentProcessor().Process(bytes, "http://example.gov.cn/download.jsp?id=3");

        Assert.That((result.Format, result.Status.ToCsv(), result.Cells.Count), Is.EqualTo(("docx", "ok", 200)));
    }
}
