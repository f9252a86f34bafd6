using Extractor.Benchmarks;

// Usage: dotnet run -c Release --project tests/Extractor.Benchmarks -- <benchmark> [options]
// Each benchmark prints its figures and the machine they were measured on.
var name = args.FirstOrDefault();
var rest = args.Skip(1).ToArray();
return name switch
{
    "html" => HtmlBenchmark.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Extractor.Benchmarks html [FOLDER] [--seconds N]");
    return 2;
}
