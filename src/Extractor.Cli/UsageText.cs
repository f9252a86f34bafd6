namespace Extractor.Cli;

/// <summary>What <c>extractor --help</c> prints.</summary>
public static class UsageText
{
    public const string Text = """
        usage: extractor parse <file-or-folder>... [--out DIR] [--charset NAME]
               extractor --help | --version

        parse   reads government information disclosure annual reports and writes
                reports.csv, values.csv, checks.csv and sections.csv to DIR.
                Folders are searched recursively for .txt .text .html .htm .shtml
                .pdf .doc .docx .wps files; a file named on the command line is
                read whatever its extension.
        --out   output folder, created if missing (default: output/); files are
                replaced atomically, so a failed run leaves the previous ones.
        --charset  charset of web pages saved without a declaration (e.g. gbk);
                a page that declares its own charset keeps it.

        exit status: 0 run completed (unreadable documents are rows with status
        failed), 1 the run could not complete (output not writable), 2 bad arguments.
        """;
}
