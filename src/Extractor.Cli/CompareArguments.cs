using Extractor.Core.Regions;
using Extractor.Crawler;

namespace Extractor.Cli;

/// <summary>The grammar of <c>extractor compare &lt;output-folder&gt; [--out DIR] [--region CODE] [--years LIST]</c>.</summary>
public static class CompareArguments
{
    /// <exception cref="UsageException">The arguments do not make a valid request.</exception>
    public static CliRequest Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? folder = null;
        string? output = null;
        string? region = null;
        YearSet? years = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value(string what) => i + 1 < args.Count && args[i + 1].Length > 0 ? args[++i] : throw new UsageException($"{arg} needs {what}");
            switch (arg)
            {
                case "--help" or "-h":
                    return new HelpRequest();
                case "--out":
                    output = output is null ? Value("a folder") : throw new UsageException("--out given more than once");
                    break;
                case "--region":
                    region = region is null ? Value("a 6-digit region code") : throw new UsageException("--region given more than once");
                    if (region.Length != 6 || !region.All(char.IsAsciiDigit))
                    {
                        throw new UsageException($"--region '{region}' is not a 6-digit code (e.g. 130600)");
                    }

                    if (RegionDirectory.Shared.Find(region) is null)
                    {
                        throw new UsageException($"--region {region} is not in the division list ({RegionDirectory.DataSource})");
                    }

                    break;
                case "--years":
                    var text = Value("years, e.g. 2022-2024");
                    try
                    {
                        years = years is null ? YearSet.Parse(text) : throw new UsageException("--years given more than once");
                    }
                    catch (FormatException e)
                    {
                        throw new UsageException($"--years: {e.Message}");
                    }

                    break;
                default:
                    if (arg.StartsWith('-') && arg != "-")
                    {
                        throw new UsageException($"unknown option '{arg}' for compare");
                    }

                    folder = folder is null ? arg : throw new UsageException($"compare takes one output folder, not also '{arg}'");
                    break;
            }
        }

        if (string.IsNullOrEmpty(folder))
        {
            throw new UsageException("compare needs the output folder of a parse or crawl (the folder holding reports.csv)");
        }

        return new CompareRequest(folder, output ?? folder, region, years);
    }
}
