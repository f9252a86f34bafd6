using Extractor.Core.Regions;
using Extractor.Output.Compare;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor compare</c>: reads the CSV files of a parse or crawl and writes compare.csv and compare.html.
/// </summary>
public static class CompareCommand
{
    private const string Prefix = "extractor: ";

    public static int Run(CompareRequest request, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!File.Exists(Path.Combine(request.Folder, Output.ReportsFile.FileName)))
        {
            stderr.WriteLine($"{Prefix}no {Output.ReportsFile.FileName} in {request.Folder}: compare reads the output folder of a parse or crawl");
            return ExitCode.BadArguments;
        }

        IReadOnlyList<ReportRecord> reports;
        try
        {
            reports = CompareInput.Read(request.Folder, r => CompareBuilder.Shared.Wanted(r, request.Region));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            stderr.WriteLine($"{Prefix}cannot read {request.Folder}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCode.RunFailed;
        }

        var years = request.Years;
        var rows = CompareBuilder.Shared.Build(reports, new CompareOptions(request.Region, years is null ? null : years.Contains));
        var region = RegionDirectory.Shared.Find(request.Region);
        var page = rows.Count <= ComparePage.MaxRows;
        if (!page)
        {
            stderr.WriteLine($"{Prefix}{rows.Count} agency-years are too many for one page (at most {ComparePage.MaxRows}): compare.csv is written, compare.html is not; choose a region with --region");
        }

        try
        {
            CompareFiles.Write(rows, region, request.Folder, request.OutputFolder, page);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{Prefix}cannot write to {request.OutputFolder}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCode.RunFailed;
        }

        var agencies = rows.Select(r => r.Agency.Key).Distinct().Count();
        var marked = rows.Count(r => r.Report.Status is "inconsistent" or "incomplete");
        var where = region is null ? "all regions" : $"{RegionDirectory.Shared.PathOf(region)} ({region.Code})";
        stdout.WriteLine($"compared {agencies} agencies in {where}: {rows.Count} agency-years, {marked} inconsistent or incomplete → {Path.Combine(request.OutputFolder, CompareCsv.FileName)}{(page ? $", {ComparePage.FileName}" : string.Empty)}");
        return ExitCode.Completed;
    }
}
