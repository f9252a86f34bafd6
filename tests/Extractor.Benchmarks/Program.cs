using Extractor.Benchmarks;

// Usage: Extractor.Benchmarks pdf [--iterations N] [--dir DIR] [--pages N]
//          pages per second of the whole pipeline on the PDFs in DIR (default fixtures/pdf), next to bare PdfPig
//          letter extraction and poppler's pdftotext as a process; then the peak memory of parsing an N-page PDF
//          (default 300) made at run time, measured in a child process.
//        Extractor.Benchmarks pdf-peak FILE
//          the child: parses FILE once with the whole pipeline and prints its peak working set.
// Other formats can add their own subcommand beside "pdf".
return args.FirstOrDefault() switch
{
    "pdf" => PdfBenchmark.Run(args[1..]),
    "pdf-peak" when args.Length == 2 => PeakMemoryProbe.RunChild(args[1]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Extractor.Benchmarks pdf [--iterations N] [--dir DIR] [--pages N] | pdf-peak FILE");
    return 2;
}
