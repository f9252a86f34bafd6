using System.Text;
using Extractor.Tests.Cli;
using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Crawl;

/// <summary>
/// The crawl through a forward proxy: a real Kestrel server on loopback takes the proxy's part, answering requests for
/// a host name that does not resolve, so a page can only arrive through the proxy.
/// </summary>
public sealed class ProxyTests
{
    private const string Portal = "portal.invalid";

    [Test]
    public async Task Every_request_robots_txt_included_goes_through_the_proxy()
    {
        await using var proxy = await LoopbackServer.StartAsync(Serve);
        using var folders = new CrawlFolders();

        await folders.CrawlAsync(new Uri($"http://{Portal}/list.html"), o => o with { Proxy = proxy.BaseUrl });

        var documents = folders.Documents();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(proxy.Requests.Select(r => r.Authority), Has.All.EqualTo(Portal));
            Assert.That(proxy.Requests.Select(r => r.PathAndQuery), Is.EquivalentTo(new[] { "/robots.txt", "/list.html", "/r0.html", "/r1.html" }));
            Assert.That(documents[$"http://{Portal}/r1.html"]["status"], Is.EqualTo("new"));
            Assert.That(folders.Read("reports.csv").Rows, Has.Count.EqualTo(2));
        }
    }

    [Test]
    public async Task A_proxy_that_asks_for_a_password_gets_the_one_in_its_url()
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("crawler:p@ss word"));
        var refused = 0;
        await using var proxy = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Headers.ProxyAuthorization.ToString() != expected)
            {
                Interlocked.Increment(ref refused);
                context.Response.StatusCode = 407;
                context.Response.Headers.ProxyAuthenticate = "Basic realm=\"proxy\"";
                return Task.CompletedTask;
            }

            return Serve(context);
        });
        using var folders = new CrawlFolders();
        var withPassword = new UriBuilder(proxy.BaseUrl) { UserName = "crawler", Password = Uri.EscapeDataString("p@ss word") }.Uri;

        await folders.CrawlAsync(new Uri($"http://{Portal}/list.html"), o => o with { Proxy = withPassword });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused, Is.GreaterThan(0), "the proxy asked");
            Assert.That(folders.Documents()[$"http://{Portal}/r0.html"]["status"], Is.EqualTo("new"));
            Assert.That(File.ReadAllText(Path.Combine(folders.State, "crawl-log.jsonl")), Does.Not.Contain("p@ss").And.Not.Contain("p%40ss"));
        }
    }

    [TestCase("ftp://proxy.example:21", "extractor: --proxy needs a proxy URL such as http://proxy.example:3128 or socks5://127.0.0.1:1080, not 'ftp://proxy.example:21'")]
    [TestCase("http://user:secret@", "extractor: --proxy needs a proxy URL such as http://proxy.example:3128 or socks5://127.0.0.1:1080, not 'http://…@'")]
    [TestCase("proxy.example:3128/path", "extractor: --proxy needs a proxy URL such as http://proxy.example:3128 or socks5://127.0.0.1:1080, not 'proxy.example:3128/path'")]
    public void A_proxy_that_is_not_a_proxy_url_is_a_usage_error_that_never_shows_a_password(string proxy, string message)
    {
        var run = CommandRun.Of("crawl", "https://example.invalid/", "--proxy", proxy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr.Trim(), Is.EqualTo(message));
        }
    }

    private static Task Serve(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Request.Path.Value switch
        {
            "/robots.txt" => context.Response.WriteAsync("User-agent: *\nDisallow: /private/\n"),
            "/list.html" => context.Response.WriteAsync(
                "<html><body><ul><li><a href=\"/r0.html\">某某县2024年政府信息公开工作年度报告</a></li>" +
                "<li><a href=\"/r1.html\">某某县2023年政府信息公开工作年度报告</a></li></ul></body></html>"),
            var path => context.Response.WriteAsync($"<html><body><h1>某某县2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>{path}</p></body></html>"),
        };
    }
}
