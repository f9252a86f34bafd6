using System.Security.Cryptography;
using System.Text;
using Extractor.Tests.Crawl.Site;
using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Crawl;

/// <summary>
/// fixtures/site/ served on 127.0.0.1 the way real portals serve: validators and 304s, a GBK page named only by the
/// Content-Type, a PDF sent as text/html, and the hostile routes (503 with Retry-After, a 412 challenge, a redirect
/// loop, a JavaScript cookie challenge, attachments over the size limit).
/// </summary>
public sealed class FixturePortal : IAsyncDisposable
{
    /// <summary>Large enough to pass any limit a test sets (tests set 1 MB).</summary>
    public const int OversizedBytes = 3 << 20;

    private const string LastModified = "Mon, 20 Jan 2025 08:00:00 GMT";
    private const string LastModifiedV2 = "Wed, 20 Aug 2025 08:00:00 GMT";

    private static readonly string Root = RepoPaths.Fixture(FixtureSite.Folder);
    private int busyAnswered;

    private FixturePortal()
    {
    }

    public LoopbackServer Server { get; private set; } = null!;

    /// <summary>1 serves the 2024 report as first published; 2 serves it changed.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The authority filled into links to "another host" (a loopback address with no seed).</summary>
    public string OtherHost { get; set; } = "127.0.0.2:9";

    /// <summary>Awaited before a request is answered: lets a test stall a request to kill a crawl mid-document.</summary>
    public Func<string, Task>? BeforeAnswer { get; set; }

    public Uri Home => Server.BaseUrl;

    public Uri Listing => Server.Url("/xxgk/ndbg/index.html");

    public IReadOnlyList<ServedRequest> Requests => Server.Requests;

    public Uri Url(string pathAndQuery) => Server.Url(pathAndQuery);

    public static async Task<FixturePortal> StartAsync()
    {
        var portal = new FixturePortal();
        portal.Server = await LoopbackServer.StartAsync(portal.AnswerAsync);
        return portal;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var pathAndQuery = path + context.Request.QueryString;
        if (BeforeAnswer is { } before)
        {
            await before(pathAndQuery);
        }

        var response = context.Response;
        switch (pathAndQuery)
        {
            // Busy on every other request: each crawl of one portal meets the 503 once, then its retry succeeds.
            case FixtureSite.RetryAfter when Interlocked.Increment(ref busyAnswered) % 2 == 1:
                response.StatusCode = 503;
                response.Headers.RetryAfter = "1";
                await Write(response, "text/html; charset=utf-8", "<html><body>服务器繁忙，请稍后再试</body></html>");
                return;
            case FixtureSite.Challenge412:
                response.StatusCode = 412;
                await Write(response, "text/html", "<html><head><script>var _$a='x';eval(function(){return 'document.cookie=\"FSSBBIl1UgzbN7N80S=1\";location.href=location.pathname'}())</script></head><body></body></html>");
                return;
            case FixtureSite.LoopStart:
                response.StatusCode = 302;
                response.Headers.Location = "b.html";
                return;
            case FixtureSite.LoopNext:
                response.StatusCode = 301;
                response.Headers.Location = Server.Url(FixtureSite.LoopStart).AbsoluteUri;
                return;
            case FixtureSite.CookieChallenge:
                await Write(response, "text/html; charset=utf-8", "<html><head><script>document.cookie='__jsluid_h=8a1c; path=/';setTimeout(function(){location.href=location.href},100);</script></head><body></body></html>");
                return;
            case FixtureSite.OversizedWithLength:
                await WriteLarge(response, declareLength: true, context.RequestAborted);
                return;
            case FixtureSite.OversizedChunked:
                await WriteLarge(response, declareLength: false, context.RequestAborted);
                return;
            case FixtureSite.Pdf2021Download:
                response.Headers.ContentDisposition = "attachment; filename=\"..%2F..%2Fetc%2Fpasswd.pdf\"";
                await Serve(context, FixtureSite.Pdf2021, "application/octet-stream");
                return;
            case FixtureSite.Pdf2021:
                await Serve(context, FixtureSite.Pdf2021, "text/html; charset=utf-8");
                return;
            case FixtureSite.DuplicateOfReport2023:
                await Serve(context, FixtureSite.Report2023, "text/html; charset=utf-8");
                return;
            case FixtureSite.ChangingReport when Version == 2:
                await Serve(context, FixtureSite.ChangingReportV2, "text/html; charset=utf-8", LastModifiedV2);
                return;
            case FixtureSite.GbkReport:
                await Serve(context, FixtureSite.GbkReport, "text/html; charset=GBK");
                return;
        }

        var file = path == "/" ? "/index.html" : path;
        var type = Path.GetExtension(file) switch
        {
            ".html" or ".shtml" => "text/html; charset=utf-8",
            ".txt" => "text/plain",
            ".pdf" => "application/pdf",
            _ => "application/octet-stream",
        };
        await Serve(context, file, type);
    }

    private async Task Serve(HttpContext context, string file, string contentType, string lastModified = LastModified)
    {
        var full = Path.Combine(Root, file.TrimStart('/'));
        if (file.Contains("..", StringComparison.Ordinal) || !File.Exists(full) || file.EndsWith(".json", StringComparison.Ordinal) || file.EndsWith(".md", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            await Write(context.Response, "text/html; charset=utf-8", "<html><body>404 页面不存在</body></html>");
            return;
        }

        var bytes = await File.ReadAllBytesAsync(full);
        if (contentType.StartsWith("text/html", StringComparison.Ordinal) && !contentType.Contains("GBK", StringComparison.Ordinal))
        {
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(FixtureSite.OtherHostPlaceholder, OtherHost, StringComparison.Ordinal));
        }

        // Portals differ in their validators: the 2023 report sends only Last-Modified, the 2019 one only an ETag.
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"";
        var sendsETag = !file.EndsWith("_2023.html", StringComparison.Ordinal);
        var sendsLastModified = !file.EndsWith("_2019.html", StringComparison.Ordinal);
        var request = context.Request.Headers;
        var notModified = sendsETag && request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.ToString() == etag
            : sendsLastModified && request.IfModifiedSince.Count > 0 &&
              DateTimeOffset.TryParse(request.IfModifiedSince.ToString(), out var since) && since >= DateTimeOffset.Parse(lastModified, System.Globalization.CultureInfo.InvariantCulture);
        if (sendsETag)
        {
            context.Response.Headers.ETag = etag;
        }

        if (sendsLastModified)
        {
            context.Response.Headers.LastModified = lastModified;
        }

        if (notModified)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    private static async Task WriteLarge(HttpResponse response, bool declareLength, CancellationToken aborted)
    {
        response.ContentType = "application/pdf";
        if (declareLength)
        {
            response.ContentLength = OversizedBytes;
        }

        var chunk = new byte[64 * 1024];
        "%PDF-1.4\n"u8.CopyTo(chunk);
        try
        {
            for (var sent = 0; sent < OversizedBytes; sent += chunk.Length)
            {
                await response.Body.WriteAsync(chunk, aborted);
                chunk.AsSpan(0, 9).Clear();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The crawler hung up at its size limit, as it should.
        }
    }

    private static async Task Write(HttpResponse response, string contentType, string body)
    {
        response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }
}
