using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extractor.Tests.Crawl;

/// <summary>A request as the server saw it: when it began and when its response was written whole, its method and form body.</summary>
public sealed record ServedRequest(
    string Authority, string PathAndQuery, long Start, long End, int Status, string? IfNoneMatch, string? IfModifiedSince, string Method = "GET", string? Body = null, string? UserAgent = null);

/// <summary>
/// A real Kestrel server on a loopback address and a free port, logging every request with its timing so tests can
/// check politeness from the server's side.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ServedRequest> requests = new();

    private LoopbackServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public string Authority => BaseUrl.Authority;

    public IReadOnlyList<ServedRequest> Requests => [.. requests.OrderBy(r => r.Start)];

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public static async Task<LoopbackServer> StartAsync(RequestDelegate handler, string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(address), 0));
        var app = builder.Build();
        ConcurrentQueue<ServedRequest>? log = null;
        app.Use(async (context, next) =>
        {
            var start = Stopwatch.GetTimestamp();
            string? body = null;
            if (HttpMethods.IsPost(context.Request.Method))
            {
                // Read once and rewound, so the handler reads the form too.
                context.Request.EnableBuffering();
                using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
                body = await reader.ReadToEndAsync();
                context.Request.Body.Position = 0;
            }

            try
            {
                await next(context);
            }
            finally
            {
                log!.Enqueue(new ServedRequest(
                    context.Request.Host.Value ?? string.Empty,
                    context.Request.Path + context.Request.QueryString,
                    start,
                    Stopwatch.GetTimestamp(),
                    context.Response.StatusCode,
                    context.Request.Headers.IfNoneMatch.FirstOrDefault(),
                    context.Request.Headers.IfModifiedSince.FirstOrDefault(),
                    context.Request.Method,
                    body,
                    context.Request.Headers.UserAgent.FirstOrDefault()));
            }
        });
        app.Run(handler);
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new LoopbackServer(app, new Uri(bound.Replace("[::]", address, StringComparison.Ordinal) + "/"));
        log = server.requests;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
