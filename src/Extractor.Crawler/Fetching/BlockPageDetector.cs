using System.Text;

namespace Extractor.Crawler.Fetching;

/// <summary>
/// Tells a block or challenge page from content. Chinese government portals sit behind anti-bot services that answer
/// 412 (瑞数), 521 (加速乐) or a 200 page whose only job is a script that sets a cookie and reloads: the content never
/// comes without running that script, so retrying is pointless and the URL is recorded as blocked.
/// </summary>
public static class BlockPageDetector
{
    private const int LargestChallengePage = 64 * 1024;

    /// <summary>Statuses that mean "not for you" rather than "not now".</summary>
    public static bool IsBlockStatus(int status) => status is 403 or 412 or 521;

    /// <summary>The reason a 2xx HTML body is a challenge rather than the page, or null.</summary>
    public static string? ChallengeIn(ReadOnlySpan<byte> body)
    {
        if (body.Length > LargestChallengePage)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(body);
        var setsCookie = text.Contains("document.cookie", StringComparison.OrdinalIgnoreCase);
        var reloads = text.Contains("location.href", StringComparison.OrdinalIgnoreCase)
            || text.Contains("location.reload", StringComparison.OrdinalIgnoreCase)
            || text.Contains("location.replace", StringComparison.OrdinalIgnoreCase)
            || text.Contains("window.location", StringComparison.OrdinalIgnoreCase);
        if (setsCookie && reloads && VisibleTextLength(text) < 200)
        {
            return "JavaScript cookie challenge (the page only sets a cookie and reloads)";
        }

        return text.Contains("__jsl_clearance", StringComparison.Ordinal) ? "JavaScript cookie challenge (__jsl_clearance)" : null;
    }

    /// <summary>The one-line note for a block status.</summary>
    public static string Describe(int status) => status switch
    {
        403 => "HTTP 403: access refused",
        412 => "HTTP 412: anti-bot challenge (precondition failed)",
        521 => "HTTP 521: anti-bot challenge or origin refused",
        _ => $"HTTP {status}",
    };

    private static int VisibleTextLength(string html)
    {
        var count = 0;
        var inTag = false;
        var inScript = false;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                inTag = true;
                if (string.Compare(html, i, "<script", 0, 7, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    inScript = true;
                }
                else if (string.Compare(html, i, "</script", 0, 8, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    inScript = false;
                }
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag && !inScript && !char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
