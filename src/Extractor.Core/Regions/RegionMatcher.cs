using System.Text;
using Extractor.Core.Text;

namespace Extractor.Core.Regions;

/// <summary>
/// Finds the division an agency's name places it in: every division name in the text, then the one deepest division
/// that all of them fit (保定市 + 徐水区 → 130609). A name that fits several places stays unplaced with the candidates
/// named: only a unique reading is taken.
/// </summary>
/// <remarks>
/// A township's name counts only where the agency is the township itself (the name is followed by nothing, 人民政府,
/// 政府 or 办事处): inside a department's name (住房和城乡建设局) a word may look like a township. A name inside a longer
/// name (河北 in 河北省, 吉林 in 吉林市) is not a place of its own. A county or township's former name (徐水县 before it
/// became 徐水区, a 乡 that became a 镇) is used only where no division has that name today.
/// </remarks>
public sealed class RegionMatcher(RegionDirectory directory)
{
    private static readonly string[] TownshipBodies = ["人民政府", "政府", "办事处", "街道办事处", "党委", "人大"];

    private const int ListedCandidates = 8;

    public static RegionMatcher Shared { get; } = new(RegionDirectory.Shared);

    public RegionDirectory Directory => directory;

    public PlaceMatch Match(string? agency)
    {
        var text = Normalise(agency);
        if (text.Length == 0)
        {
            return new PlaceMatch(null, [], string.Empty, false, null);
        }

        var spans = Spans(text);
        if (spans.Count == 0)
        {
            return new PlaceMatch(null, [], text, false, null);
        }

        var (deepest, used) = Resolve(spans);
        string? note = null;

        // Names that do not lie in the ones before them (甘南县北京市双河农场, a township its county does not have): the
        // leading names, which say where the agency is, decide, and the rest are named in the note.
        for (var keep = spans.Count - 1; deepest.Count == 0 && keep > 0; keep--)
        {
            (deepest, used) = Resolve([.. spans.Take(keep)]);
            if (deepest.Count > 0)
            {
                note = $"{string.Join("、", spans.Skip(keep).Select(s => s.Text))} not read as a place: it does not lie in {string.Join("、", spans.Take(keep).Select(s => s.Text))}";
            }
        }

        var body = used.Count == 0 ? text : text[used.Max(s => s.End)..];
        var former = used.Any(s => s.FormerName);
        switch (deepest.Count)
        {
            case 0:
                return new PlaceMatch(null, [], text, false, note ?? $"the place names do not lie in one another: {string.Join("、", spans.Select(s => s.Text))}");
            case 1 when former && used.All(s => s.FormerName):
                // A former name alone is too weak (a made-up or long-gone name may look like one): say what it may be.
                return new PlaceMatch(null, [], text, false, Join(note, $"{string.Join("、", used.Select(s => s.Text))} is no current division; it may be the former name of {deepest[0].Code} {directory.PathOf(deepest[0])}"));
            case 1:
                var only = deepest[0];
                if (former)
                {
                    note = Join(note, $"{string.Join("、", used.Where(s => s.FormerName).Select(s => s.Text))} is now {only.Name}");
                }

                return new PlaceMatch(only, [], body, former, note);
            default:
                var listed = deepest.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
                var names = string.Join("; ", listed.Take(ListedCandidates).Select(d => $"{d.Code} {directory.PathOf(d)}"));
                var more = listed.Count > ListedCandidates ? $" and {listed.Count - ListedCandidates} more" : string.Empty;
                var fit = used.All(s => s.FormerName) ? $"{string.Join("、", used.Select(s => s.Text))} is no current division; {listed.Count} places may have had that name" : $"{listed.Count} places fit";
                return new PlaceMatch(null, listed, body, former, Join(note, $"{fit}: {names}{more}"));
        }
    }

    /// <summary>White space removed and traditional characters folded, as titles print the same name both ways.</summary>
    public static string Normalise(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(agency.Length);
        foreach (var c in agency)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(TraditionalFold.Fold(c));
            }
        }

        return builder.ToString();
    }

    private List<Span> Spans(string text)
    {
        var found = new List<Span>();
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 2; length <= directory.LongestName && start + length <= text.Length; length++)
            {
                var name = text.AsSpan(start, length);
                var named = directory.Named(name);
                var former = named.Count == 0;
                var candidates = former ? directory.FormerlyNamed(name) : named;
                if (candidates.Count == 0)
                {
                    continue;
                }

                var townshipAllowed = IsTownshipBody(text.AsSpan(start + length));
                var kept = candidates.Where(c => c.Level != RegionLevel.Township || townshipAllowed).ToList();
                if (kept.Count > 0)
                {
                    found.Add(new Span(start, start + length, name.ToString(), kept, former));
                }
            }
        }

        // A city named like its own county-level division (嘉峪关市 over 嘉峪关市): the name is the city's.
        for (var i = 0; i < found.Count; i++)
        {
            var span = found[i];
            if (span.Candidates.Count > 1 && span.Candidates.Any(c => c.Level != span.Candidates[0].Level)
                && span.Candidates.Any(c => span.Candidates.Any(a => directory.Contains(a, c))))
            {
                found[i] = span with { Candidates = [.. span.Candidates.Where(c => !span.Candidates.Any(a => directory.Contains(a, c)))] };
            }
        }

        // 河北 inside 河北省, 吉林 inside 吉林市: the longer name is the place.
        // A former name never hides a current one (市南县, once 市南区's, around 南县).
        var outer = found.Where(s => !found.Any(o => o != s && o.Start <= s.Start && o.End >= s.End && (!o.FormerName || s.FormerName))).ToList();

        // Names that share characters cannot both be meant: 鸡西市市场 holds 西市市 (a former name of 西市区) and 河津市市场
        // holds 津市市. A current name beats a former one, then the earlier name wins, as the 市 of one name starts the next.
        var apart = new List<Span>();
        foreach (var span in outer.OrderBy(s => s.FormerName).ThenBy(s => s.Start))
        {
            if (!apart.Any(k => k.Start < span.End && span.Start < k.End))
            {
                apart.Add(span);
            }
        }

        return [.. apart.OrderBy(s => s.Start)];
    }

    private static bool IsTownshipBody(ReadOnlySpan<char> follows)
    {
        if (follows.IsEmpty)
        {
            return true;
        }

        foreach (var body in TownshipBodies)
        {
            if (follows.StartsWith(body, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The deepest divisions that every span fits (as the division itself or one that contains it).</summary>
    private (List<Division> Deepest, List<Span> Used) Resolve(List<Span> spans)
    {
        if (spans.Count == 0)
        {
            return ([], []);
        }

        // A common township name has hundreds of candidates: sets of codes keep this linear in them.
        var codes = spans.Select(s => s.Candidates.Select(c => c.Code).ToHashSet(StringComparer.Ordinal)).ToList();
        var valid = spans.SelectMany(s => s.Candidates).Distinct()
            .Where(x => codes.All(set => SelfAndAncestors(x).Any(d => set.Contains(d.Code))))
            .ToList();
        var containers = valid.SelectMany(x => SelfAndAncestors(x).Skip(1)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var deepest = valid.Where(x => !containers.Contains(x.Code)).ToList();
        return (deepest, deepest.Count > 0 ? spans : []);
    }

    private IEnumerable<Division> SelfAndAncestors(Division division)
    {
        for (Division? d = division; d is not null; d = directory.Parent(d))
        {
            yield return d;
        }
    }

    private static string? Join(string? first, string second) => first is null ? second : $"{first}; {second}";

    private sealed record Span(int Start, int End, string Text, IReadOnlyList<Division> Candidates, bool FormerName);
}
