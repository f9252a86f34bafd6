namespace Extractor.Crawler.Rendering;

/// <summary>Loads a page in a real browser and gives its DOM as HTML once the listing has appeared.</summary>
public interface IListingRenderer : IAsyncDisposable
{
    /// <param name="allowed">Whether the browser may make a request (robots.txt, private addresses); others are aborted.</param>
    Task<RenderOutcome> RenderAsync(Uri url, Func<Uri, Task<bool>> allowed, CancellationToken cancellationToken);
}

/// <summary>The rendered DOM, or why there is none.</summary>
public sealed record RenderOutcome(string? Html, string? Note, long Milliseconds)
{
    public static RenderOutcome Failed(string note) => new(null, note, 0);
}
