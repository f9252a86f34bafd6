using System.Diagnostics;
using Extractor.Core.Text;
using PuppeteerSharp;

namespace Extractor.Crawler.Rendering;

/// <summary>
/// --render: the system's Chromium driven headless through PuppeteerSharp (never a downloaded browser). Launched on the
/// first page that needs it, one tab at a time; images, fonts, media and style sheets are not fetched, the load is
/// bounded in time, and the DOM is taken once the network has been quiet and links have appeared.
/// </summary>
public sealed class ChromiumRenderer(string executablePath, string userAgent, TimeSpan timeout) : IListingRenderer
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage",
    ];

    private readonly SemaphoreSlim one = new(1, 1);
    private IBrowser? browser;

    /// <summary>The browser to drive: the one given, else the first system Chromium found; null when there is none.</summary>
    public static string? FindBrowser(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return File.Exists(given) ? given : null;
        }

        return Candidates.FirstOrDefault(File.Exists);
    }

    public async Task<RenderOutcome> RenderAsync(Uri url, Func<Uri, Task<bool>> allowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(allowed);
        var started = Stopwatch.GetTimestamp();
        await one.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            browser ??= await Puppeteer.LaunchAsync(new LaunchOptions
            {
                Headless = true,
                ExecutablePath = executablePath,
                Args = Flags,
                Timeout = (int)timeout.TotalMilliseconds,
            }).ConfigureAwait(false);
            await using var page = await browser.NewPageAsync().ConfigureAwait(false);
            await page.SetUserAgentAsync(userAgent).ConfigureAwait(false);
            await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
            page.Request += async (_, e) =>
            {
                // An event handler: what it throws would end the process, so a request the page dropped meanwhile is let go.
                try
                {
                    var target = Uri.TryCreate(e.Request.Url, UriKind.Absolute, out var u) ? u : null;
                    if (e.Request.ResourceType is ResourceType.Image or ResourceType.Font or ResourceType.Media or ResourceType.StyleSheet ||
                        target is null || (target.Scheme is "http" or "https" && !await allowed(target).ConfigureAwait(false)))
                    {
                        await e.Request.AbortAsync().ConfigureAwait(false);
                    }
                    else
                    {
                        await e.Request.ContinueAsync().ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (ex is PuppeteerException or InvalidOperationException or OperationCanceledException)
                {
                }
            };
            var navigation = page.GoToAsync(url.AbsoluteUri, new NavigationOptions { Timeout = (int)timeout.TotalMilliseconds, WaitUntil = [WaitUntilNavigation.Networkidle0] });
            await navigation.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // The list may be drawn a moment after the network is quiet (a timer, a template).
                await page.WaitForFunctionAsync(
                    "() => Array.from(document.querySelectorAll('a[href]')).some(a => /报告|年报/.test(a.textContent + (a.title || '')))",
                    new WaitForFunctionOptions { Timeout = 2000, PollingInterval = 100 }).ConfigureAwait(false);
            }
            catch (WaitTaskTimeoutException)
            {
                // No report link appeared: the DOM is taken as it is.
            }

            var html = await page.GetContentAsync().ConfigureAwait(false);
            return new RenderOutcome(html, null, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException or IOException or InvalidOperationException)
        {
            return new RenderOutcome(null, $"rendering failed: {Excerpt.OneLine(e.Message)}", (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            one.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync().ConfigureAwait(false);
            await browser.DisposeAsync().ConfigureAwait(false);
        }

        one.Dispose();
    }
}
