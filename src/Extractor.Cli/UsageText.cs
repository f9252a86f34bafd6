namespace Extractor.Cli;

/// <summary>What <c>extractor --help</c> prints.</summary>
public static class UsageText
{
    public const string Text = """
        usage: extractor parse <file-or-folder>... [--out DIR] [--charset NAME] [--allow-empty] [--no-ocr]
               extractor crawl <url-or-sources.csv>... [--out DIR] [--state DIR] [options]
               extractor compare <output-folder> [--out DIR] [--region CODE] [--years LIST]
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
        --workers N        reader processes, each reading one document at a
                           time (default: one per core); a document that
                           crashes, hangs or exhausts its reader is one failed
                           row and a fresh process takes over; 0 reads in this
                           process (debugging)
        --max-memory-mb N  a reader process past this memory is stopped and
                           its document failed (default: 1536)
        --time-limit S     seconds a document may take before its reader is
                           stopped (default: 300)
        --allow-empty  write empty files when the inputs hold no document
                (without it such a run exits 2 and leaves DIR untouched).
        --      ends the options: every later argument is a path, even one
                starting with '-' (extractor parse -- -draft.pdf).
        --no-ocr   do not read scanned PDFs (no text layer) by OCR; they are
                failed rows "scanned PDF: no text layer".

        crawl   starts from report URLs, listing pages of a portal's 年报 column,
                home pages, or sources CSV files (header: url, and any of agency,
                region_code, level, years), finds the reports and attachments,
                downloads them politely, keeps every raw document in the state
                folder and writes the four files plus documents.csv for every
                report known to the state. Run again with the same --state: only
                what is new or changed is fetched (conditional GET), and a run
                that was killed is resumed.
        --state DIR        state folder: SQLite database, archive, lock, log
                           (default: state/); one crawl at a time per folder
        --log FILE         JSON-lines log (default: crawl-log.jsonl in --state)
        --log-max-mb N     a log this large when a run starts becomes FILE.1,
                           older ones move up (default: 64; 0: never)
        --log-keep N       rotated logs kept (default: 5)
        --proxy URL        send every request through this proxy: http://,
                           https://, socks4://, socks4a:// or socks5://, with
                           user:password@ where the proxy asks (default: none)
        --years LIST       reporting years wanted, e.g. 2023 or 2019-2024
                           (default: all)
        --delay SECONDS    least gap between requests to one host, plus up to
                           10% random jitter; a larger robots.txt Crawl-delay
                           wins (default: 2)
        --per-host N       requests in flight per host (default: 1)
        --concurrency N    requests in flight over all hosts (default: 16)
        --max-pages N      requests per host per run (default: 1000)
        --max-depth N      link hops from a seed; a listing's next page is no
                           hop (default: 4)
        --max-mb N         largest body kept, after decompression (default: 100)
        --timeout SECONDS  one request, headers and body (default: 120)
        --retries N        retries of 5xx, 429, 408 and timeouts, with backoff
                           and Retry-After honoured (default: 3)
        --user-agent TEXT  (default: extractor-crawler/0.1 (...); robots.txt
                           groups are matched on the part before the '/')
        --allow-private    follow links to loopback, private and link-local
                           addresses (seeds there are always allowed)
        --render           load listing pages that a script builds (and that
                           show no report link otherwise) in headless Chromium
                           from the system's packages, with the same politeness
        --browser PATH     the Chromium for --render (default: /usr/bin/chromium)
        --max-rendered N   pages rendered per run (default: 50)
        --workers N, --max-memory-mb N, --time-limit S
                           the reader processes, as for parse

        compare reads the CSV files of a parse or crawl and writes compare.csv
                (one row per agency and year: applications, shares of the
                outcomes, 本机关不掌握, backlog, reviews and lawsuits with the
                share corrected, active-disclosure counts, each with the cells
                it is computed from) and compare.html (one self-contained page:
                table, charts, sources of every number) to DIR (default: the
                output folder itself).
        --region CODE      only agencies in this division (6 digits, e.g.
                           130600 for 保定市)
        --years LIST       only these reporting years, e.g. 2022-2024

        exit status: 0 run completed (unreadable documents are rows with status
        failed, unreachable URLs rows of documents.csv), 1 the run could not
        complete (output or state not writable, state in use by another crawl,
        interrupted), 2 bad arguments or no document in the inputs of parse.
        """;
}
