using Extractor.Benchmarks;

// Usage: dotnet run -c Release --project tests/Extractor.Benchmarks -- <benchmark> [options]
//   html [FOLDER] [--seconds N]
//          pages per second of the whole pipeline on the pages in FOLDER (default fixtures/html), next to a bare
//          AngleSharp ParseDocument of the same bytes, one thread.
//   pdf [--iterations N] [--dir DIR] [--pages N]
//          pages per second of the whole pipeline on the PDFs in DIR (default fixtures/pdf), next to bare PdfPig
//          letter extraction and poppler's pdftotext as a process; then the peak memory of parsing an N-page PDF
//          (default 300) made at run time, measured in a child process.
//   pdf-peak FILE
//          the child: parses FILE once with the whole pipeline and prints its peak working set.
// Each benchmark prints its figures and the machine they were measured on.
return args.FirstOrDefault() switch
{
    "html" => HtmlBenchmark.Run(args[1..]),
    "pdf" => PdfBenchmark.Run(args[1..]),
    "pdf-peak" when args.Length == 2 => PeakMemoryProbe.RunChild(args[1]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Extractor.Benchmarks html [FOLDER] [--seconds N] | pdf [--iterations N] [--dir DIR] [--pages N] | pdf-peak FILE");
    return 2;
}
