using System.Globalization;
using System.Text;

namespace Extractor.Crawler.Politeness;

/// <summary>
/// A robots.txt file as RFC 9309 reads it: groups of rules per user agent, the longest matching rule wins and allow
/// wins a tie; plus the non-standard Crawl-delay, which many Chinese portals set and a polite crawler honours.
/// </summary>
public sealed class RobotsRules
{
    /// <summary>RFC 9309 §2.5: a crawler must parse at least 500 KiB; anything after may be ignored.</summary>
    public const int ParsedBytes = 500 * 1024;

    private readonly List<Group> groups;

    private RobotsRules(List<Group> groups) => this.groups = groups;

    /// <summary>No robots.txt (a 4xx answer): everything may be crawled (RFC 9309 §2.3.1.3).</summary>
    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>An unreachable robots.txt (5xx, network error): assume complete disallow (RFC 9309 §2.3.1.4).</summary>
    public static RobotsRules DisallowAll { get; } = new([new Group(["*"], [new Rule("/", false)], null)]);

    public static RobotsRules Parse(ReadOnlySpan<byte> file)
    {
        var text = Encoding.UTF8.GetString(file[..Math.Min(file.Length, ParsedBytes)]);
        var groups = new List<Group>();
        List<string>? agents = null;
        List<Rule>? rules = null;
        double? delay = null;
        var lastWasAgent = false;

        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "useragent":
                    if (!lastWasAgent || agents is null)
                    {
                        Close();
                        agents = [];
                        rules = [];
                        delay = null;
                    }

                    agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when rules is not null:
                    // An empty Disallow disallows nothing; an empty Allow allows nothing more.
                    if (value.Length > 0)
                    {
                        rules.Add(new Rule(Normalise(value), key == "allow"));
                    }

                    break;
                case "crawldelay" when rules is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    {
                        delay = seconds;
                    }

                    break;
            }

            lastWasAgent = false;
        }

        Close();
        return new RobotsRules(groups);

        void Close()
        {
            if (agents is { Count: > 0 } && rules is not null)
            {
                groups.Add(new Group(agents, rules, delay));
            }
        }
    }

    /// <param name="productToken">The crawler's name as robots.txt files address it, e.g. <c>extractor-crawler</c>.</param>
    /// <param name="pathAndQuery">The URL's path and query, as sent in the request line.</param>
    public bool IsAllowed(string productToken, string pathAndQuery)
    {
        var path = Normalise(string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery);
        if (path == "/robots.txt")
        {
            return true;
        }

        Rule? best = null;
        var bestLength = -1;
        foreach (var rule in RulesFor(productToken).SelectMany(g => g.Rules))
        {
            if (!Matches(rule.Pattern, path))
            {
                continue;
            }

            var length = rule.Pattern.Length;
            if (length > bestLength || (length == bestLength && rule.Allow))
            {
                best = rule;
                bestLength = length;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>The Crawl-delay the groups for this crawler ask for, or null.</summary>
    public TimeSpan? CrawlDelay(string productToken)
    {
        var delays = RulesFor(productToken).Where(g => g.CrawlDelay is not null).Select(g => g.CrawlDelay!.Value).ToList();
        return delays.Count == 0 ? null : TimeSpan.FromSeconds(delays.Max());
    }

    /// <summary>The groups naming the product token, combined (§2.2.1); else the <c>*</c> groups.</summary>
    private IEnumerable<Group> RulesFor(string productToken)
    {
        var token = productToken.ToLowerInvariant();
        var named = groups.Where(g => g.Agents.Contains(token)).ToList();
        return named.Count > 0 ? named : groups.Where(g => g.Agents.Contains("*"));
    }

    /// <summary><c>*</c> matches any run of characters, a final <c>$</c> anchors the end; otherwise a prefix match.</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var parts = body.Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (last && anchored)
            {
                return path.Length - at >= parts[i].Length && path.EndsWith(parts[i], StringComparison.Ordinal);
            }

            var found = path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return !anchored || at == path.Length;
    }

    /// <summary>
    /// Patterns and paths compared in one form (§2.2.2): non-ASCII characters percent-encoded as UTF-8, escapes of
    /// unreserved characters decoded, hex digits upper-case.
    /// </summary>
    internal static string Normalise(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                var decoded = (char)Convert.ToInt32(value.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(decoded) || decoded is '-' or '.' or '_' or '~')
                {
                    builder.Append(decoded);
                }
                else
                {
                    builder.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                }

                i += 2;
            }
            else if (c > 0x7F)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(value.Substring(i, length)))
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private sealed record Rule(string Pattern, bool Allow);

    private sealed record Group(IReadOnlyList<string> Agents, IReadOnlyList<Rule> Rules, double? CrawlDelay);
}
