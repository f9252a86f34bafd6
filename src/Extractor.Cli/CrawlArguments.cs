using System.Globalization;
using Extractor.Crawler;

namespace Extractor.Cli;

/// <summary>The grammar of <c>extractor crawl</c>: every option once, every value checked before anything is fetched.</summary>
public static class CrawlArguments
{
    public const string DefaultStateFolder = "state/";

    /// <exception cref="UsageException">The arguments do not make a valid crawl.</exception>
    public static CliRequest Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var inputs = new List<string>();
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var allowPrivate = false;
        var workers = new Workers.WorkerOptions();
        var render = false;
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                inputs.Add(arg.Length > 0 ? arg : throw new UsageException("an input is empty"));
                continue;
            }

            var (name, inline) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            switch (name)
            {
                case "--":
                    optionsEnded = true;
                    continue;
                case "--help":
                    return new HelpRequest();
                case "--allow-private":
                    allowPrivate = true;
                    continue;
                case Workers.WorkerOptions.Workers or Workers.WorkerOptions.MaxMemory or Workers.WorkerOptions.TimeLimit:
                    workers.Take(name, inline ?? (i + 1 < args.Count ? args[++i] : null));
                    continue;
                case "--render":
                    render = true;
                    continue;
                case "--out" or "--state" or "--log" or "--years" or "--max-pages" or "--max-depth" or "--delay" or "--concurrency" or
                    "--per-host" or "--user-agent" or "--max-mb" or "--timeout" or "--retries" or "--log-max-mb" or "--log-keep" or "--proxy" or "--browser" or "--max-rendered":
                    var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} needs a value"));
                    if (value.Length == 0 || !given.TryAdd(name, value))
                    {
                        throw new UsageException(value.Length == 0 ? $"{name} needs a value" : $"{name} given more than once");
                    }

                    continue;
                default:
                    throw new UsageException($"unknown option '{arg}' for crawl");
            }
        }

        if (inputs.Count == 0)
        {
            throw new UsageException("crawl needs at least one URL or sources CSV");
        }

        foreach (var input in inputs)
        {
            if (IsUrlLike(input))
            {
                if (Crawler.Discovery.UrlCanonicalizer.Canonical(input) is null)
                {
                    throw new UsageException($"not an http or https URL: {input}");
                }
            }
            else if (!File.Exists(input))
            {
                throw new UsageException($"no such sources CSV: {input}");
            }
        }

        var defaults = new CrawlOptions();
        var options = defaults with
        {
            StateFolder = given.GetValueOrDefault("--state", DefaultStateFolder),
            LogPath = given.GetValueOrDefault("--log"),
            LogMaxBytes = given.ContainsKey("--log-max-mb") ? (long)(Number(given, "--log-max-mb", allowZero: true) * 1048576) : defaults.LogMaxBytes,
            LogKeep = Whole(given, "--log-keep", defaults.LogKeep, 0),
            Years = given.TryGetValue("--years", out var years) ? Years(years) : null,
            MaxPagesPerHost = Whole(given, "--max-pages", defaults.MaxPagesPerHost, 1),
            MaxDepth = Whole(given, "--max-depth", defaults.MaxDepth, 0),
            Delay = Seconds(given, "--delay", defaults.Delay, allowZero: true),
            Concurrency = Whole(given, "--concurrency", defaults.Concurrency, 1),
            PerHostConcurrency = Whole(given, "--per-host", defaults.PerHostConcurrency, 1),
            UserAgent = given.GetValueOrDefault("--user-agent", defaults.UserAgent),
            MaxBodyBytes = given.ContainsKey("--max-mb") ? (long)(Number(given, "--max-mb", allowZero: false) * 1048576) : defaults.MaxBodyBytes,
            AttemptTimeout = Seconds(given, "--timeout", defaults.AttemptTimeout, allowZero: false),
            MaxRetries = Whole(given, "--retries", defaults.MaxRetries, 0),
            AllowPrivateAddresses = allowPrivate,
            Proxy = given.TryGetValue("--proxy", out var proxy) ? Proxy(proxy) : null,
            Render = render,
            BrowserPath = given.GetValueOrDefault("--browser"),
            MaxRenderedPages = Whole(given, "--max-rendered", defaults.MaxRenderedPages, 1),
        };
        return new CrawlRequest(inputs, given.GetValueOrDefault("--out", CliArguments.DefaultOutputFolder), options, workers.Settings);
    }

    /// <summary>An input that names a URL rather than a file: it has a scheme.</summary>
    public static bool IsUrlLike(string input) =>
        input.Contains("://", StringComparison.Ordinal) || input.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static YearSet Years(string text)
    {
        try
        {
            return YearSet.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--years: {e.Message} (e.g. 2023, 2019-2024 or 2020,2022-2024)");
        }
    }

    private static int Whole(Dictionary<string, string> given, string name, int fallback, int least)
    {
        if (!given.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= least
            ? value
            : throw new UsageException($"{name} needs a whole number of at least {least}, not '{text}'");
    }

    private static Uri Proxy(string text)
    {
        string[] schemes = ["http", "https", "socks4", "socks4a", "socks5"];
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme) && uri.Host.Length > 0
            && uri.AbsolutePath is "/" or "" && uri.Query.Length == 0
            ? uri
            : throw new UsageException($"--proxy needs a proxy URL such as http://proxy.example:3128 or socks5://127.0.0.1:1080, not '{Redacted(text)}'");
    }

    // A proxy URL can carry a password; an error message can end up in a shared log.
    private static string Redacted(string text)
    {
        var at = text.LastIndexOf('@');
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme >= 0 && at > scheme ? text[..(scheme + 3)] + "…@" + text[(at + 1)..] : text;
    }

    private static double Number(Dictionary<string, string> given, string name, bool allowZero)
    {
        var text = given[name];
        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && (value > 0 || (allowZero && value == 0))
            ? value
            : throw new UsageException($"{name} needs a {(allowZero ? "non-negative" : "positive")} number, not '{text}'");
    }

    private static TimeSpan Seconds(Dictionary<string, string> given, string name, TimeSpan fallback, bool allowZero)
    {
        if (!given.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && (value > 0 || (allowZero && value == 0)) && value < 86400
            ? TimeSpan.FromSeconds(value)
            : throw new UsageException($"{name} needs a number of seconds, not '{text}'");
    }
}
