namespace Extractor.Crawler.State;

/// <summary>The <c>status</c> column of documents.csv: what the last visit of a URL found.</summary>
public enum VisitStatus
{
    /// <summary>A URL fetched for the first time.</summary>
    New,

    /// <summary>304 Not Modified, or the same bytes as last time.</summary>
    Unchanged,

    /// <summary>Other bytes than last time.</summary>
    Changed,

    /// <summary>Not fetched or not kept: robots.txt, size, type, a limit, a private address.</summary>
    Skipped,

    /// <summary>403, 412, 521 or a JavaScript challenge page.</summary>
    Blocked,

    /// <summary>Network errors, timeouts, 4xx/5xx after retries, redirect loops.</summary>
    Error,
}

public static class VisitStatusNames
{
    public static string ToCsv(this VisitStatus status) => status switch
    {
        VisitStatus.New => "new",
        VisitStatus.Unchanged => "unchanged",
        VisitStatus.Changed => "changed",
        VisitStatus.Skipped => "skipped",
        VisitStatus.Blocked => "blocked",
        VisitStatus.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static VisitStatus Parse(string text) => text switch
    {
        "new" => VisitStatus.New,
        "unchanged" => VisitStatus.Unchanged,
        "changed" => VisitStatus.Changed,
        "skipped" => VisitStatus.Skipped,
        "blocked" => VisitStatus.Blocked,
        "error" => VisitStatus.Error,
        _ => throw new FormatException($"unknown visit status '{text}'"),
    };
}
