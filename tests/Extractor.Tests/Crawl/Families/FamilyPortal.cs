using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Crawl.Families;

/// <summary>
/// A <see cref="FamilySite"/> on the real Kestrel test server: robots.txt, an ETag on every GET answer (a 304 when it
/// matches), POSTs answered whole, 404 for anything the site does not know.
/// </summary>
public sealed class FamilyPortal : IAsyncDisposable
{
    private FamilyPortal(FamilySite site) => Site = site;

    public FamilySite Site { get; }

    public LoopbackServer Server { get; private set; } = null!;

    public Uri Seed => Server.Url(Site.SeedPath);

    public IReadOnlyList<ServedRequest> Requests => Server.Requests;

    public Uri Url(string pathAndQuery) => Server.Url(pathAndQuery);

    public static async Task<FamilyPortal> StartAsync(FamilySite site)
    {
        var portal = new FamilyPortal(site);
        portal.Server = await LoopbackServer.StartAsync(portal.AnswerAsync);
        return portal;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (request.Path == "/robots.txt")
        {
            await Write(response, new FamilyAnswer("text/plain", Encoding.ASCII.GetBytes(Site.Robots)));
            return;
        }

        var form = request.HasFormContentType ? (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString()) : [];
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        var answer = Site.Answer(new FamilyRequest(request.Method, request.Path.Value ?? "/", query, form, request.Host.Value ?? string.Empty));
        if (answer is null)
        {
            response.StatusCode = 404;
            await Write(response, FamilyAnswer.Html("<html><body>404 页面不存在</body></html>"));
            return;
        }

        if (HttpMethods.IsGet(request.Method))
        {
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(answer.Body))[..16]}\"";
            response.Headers.ETag = etag;
            if (request.Headers.IfNoneMatch.ToString() == etag)
            {
                response.StatusCode = 304;
                return;
            }
        }

        await Write(response, answer);
    }

    private static async Task Write(HttpResponse response, FamilyAnswer answer)
    {
        response.ContentType = answer.ContentType;
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body);
    }
}
