using System.Diagnostics;
using System.Globalization;
using Extractor.Core.Regions;

namespace Extractor.Benchmarks;

/// <summary>
/// The region placement on the names of every real division: how long the division list takes to load, how many
/// agency names are placed per second, and how often each form of name is placed where it should be, left ambiguous,
/// or placed wrongly.
/// </summary>
public static class RegionsBenchmark
{
    public static int Run(string[] args)
    {
        var clock = Stopwatch.StartNew();
        var directory = RegionDirectory.Shared;
        var load = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"division list: {directory.Count} divisions loaded in {load:F0} ms (first use, JIT included)"));

        var counties = directory.All.Where(d => d.Level == RegionLevel.County).ToList();
        var townships = directory.All.Where(d => d.Level == RegionLevel.Township).Where((_, i) => i % 10 == 0).ToList();
        var forms = new (string Form, List<(string Name, string Code)> Names)[]
        {
            ("{city}{county}人民政府办公室", [.. counties.Select(c => ($"{directory.Parent(c)!.Name}{c.Name}人民政府办公室", c.Code))]),
            ("{county}市场监督管理局", [.. counties.Select(c => ($"{c.Name}市场监督管理局", c.Code))]),
            ("{county}{township}人民政府 (1 in 10)", [.. townships.Select(t => ($"{directory.Parent(t)!.Name}{t.Name}人民政府", t.Code))]),
            ("{city}市场监督管理局", [.. directory.All.Where(d => d.Level == RegionLevel.City).Select(c => ($"{c.Name}市场监督管理局", c.Code))]),
        };

        foreach (var (form, names) in forms)
        {
            var placer = new AgencyPlacer(new RegionMatcher(directory));
            clock.Restart();
            var placements = names.Select(n => (n.Code, Placement: placer.Place(n.Name, null))).ToList();
            var seconds = clock.Elapsed.TotalSeconds;
            var right = placements.Count(p => p.Placement.RegionCode == p.Code);
            var ambiguous = placements.Count(p => p.Placement.How == PlacementHow.Ambiguous);
            bool Above(AgencyPlacement p, string code) => p.Region is { } r && directory.Find(code) is { } d && directory.Contains(r, d);
            var above = placements.Count(p => Above(p.Placement, p.Code));
            var wrong = placements.Count(p => p.Placement.RegionCode is not null && p.Placement.RegionCode != p.Code && !Above(p.Placement, p.Code));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{form}: {names.Count} names, {right} placed right ({100.0 * right / names.Count:F1}%), {above} in a division that contains the right one, {ambiguous} ambiguous, {wrong} placed elsewhere, {names.Count - right - above - ambiguous - wrong} unplaced; {names.Count / seconds:F0} names/s"));
            foreach (var (code, placement) in placements.Where(p => p.Placement.RegionCode is not null && p.Placement.RegionCode != p.Code && !Above(p.Placement, p.Code)).Take(3))
            {
                Console.WriteLine($"  e.g. {placement.Agency} → {placement.RegionCode} {placement.Path} (is {code})");
            }

            foreach (var (code, placement) in placements.Where(p => p.Placement.RegionCode is null && p.Placement.How != PlacementHow.Ambiguous).Take(3))
            {
                Console.WriteLine($"  unplaced: {placement.Agency} (is {code}): {placement.Note}");
            }
        }

        Console.WriteLine(MachineDescription.Describe());
        return 0;
    }
}
