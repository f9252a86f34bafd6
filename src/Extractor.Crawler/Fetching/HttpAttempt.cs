using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Extractor.Crawler.State;

namespace Extractor.Crawler.Fetching;

/// <summary>
/// One GET (or, for a listing that answers only a form, one POST), nothing more: conditional headers from the kept copy, no automatic redirects (so every hop is checked for
/// loops, robots.txt and private addresses), and a 2xx body streamed to the archive's incoming folder while it is
/// hashed and counted, abandoned the moment it passes the size limit (after decompression, so a gzip bomb stops too).
/// </summary>
public sealed class HttpAttempt(HttpClient client, DocumentArchive archive, string userAgent)
{
    private const int ErrorSampleBytes = 64 * 1024;

    /// <param name="truncate">Keep the first <paramref name="maxBytes"/> of a longer body rather than refuse it (robots.txt).</param>
    /// <param name="form">A URL-encoded form to POST; null for a GET.</param>
    public async Task<AttemptResult> SendAsync(Uri url, KeptContent? kept, long maxBytes, bool truncate, CancellationToken cancellationToken, string? form = null)
    {
        using var request = new HttpRequestMessage(form is null ? HttpMethod.Get : HttpMethod.Post, url);
        if (form is not null)
        {
            request.Content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/pdf,application/msword,*/*;q=0.8");
        request.Headers.TryAddWithoutValidation("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
        if (kept?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (kept?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var contentType = response.Content.Headers.ContentType?.ToString();
        var validators = (ETag: Header(response, "ETag"), LastModified: Header(response, "Last-Modified"));

        if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
        {
            return new AttemptResult(AttemptKind.Redirect, status, contentType, Location: location.IsAbsoluteUri ? location : new Uri(url, location));
        }

        if (status == (int)HttpStatusCode.NotModified)
        {
            return new AttemptResult(AttemptKind.NotModified, status, contentType, ETag: validators.ETag, LastModified: validators.LastModified);
        }

        if (status is < 200 or > 299)
        {
            var sample = await ReadSampleAsync(response, cancellationToken).ConfigureAwait(false);
            return new AttemptResult(AttemptKind.Status, status, contentType, Head: sample, RetryAfter: RetryAfter(response));
        }

        if (!truncate && response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            return new AttemptResult(AttemptKind.TooLarge, status, contentType, Bytes: declared);
        }

        return await StreamBodyAsync(response, status, contentType, validators, maxBytes, truncate, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AttemptResult> StreamBodyAsync(
        HttpResponseMessage response, int status, string? contentType, (string? ETag, string? LastModified) validators, long maxBytes, bool truncate, CancellationToken cancellationToken)
    {
        var path = archive.IncomingPath();
        var complete = false;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var head = new MemoryStream();
            long total = 0;
            var tooLarge = false;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var buffer = new byte[81920];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (total + read > maxBytes)
                    {
                        if (!truncate)
                        {
                            tooLarge = true;
                            total += read;
                            break;
                        }

                        read = (int)(maxBytes - total);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    if (head.Length < ContentSniffer.HeadBytes)
                    {
                        head.Write(buffer, 0, (int)Math.Min(read, ContentSniffer.HeadBytes - head.Length));
                    }

                    total += read;
                    if (total >= maxBytes && truncate)
                    {
                        break;
                    }
                }

                // On disk before the rename that names it by hash: a file under its hash is always whole.
                file.Flush(flushToDisk: true);
            }

            if (tooLarge)
            {
                // How far a body without a length got before the limit is an accident of chunking: say nothing.
                return new AttemptResult(AttemptKind.TooLarge, status, contentType);
            }

            complete = true;
            return new AttemptResult(
                AttemptKind.Body, status, contentType, path, Convert.ToHexStringLower(hash.GetHashAndReset()), total, head.ToArray(), validators.ETag, validators.LastModified);
        }
        finally
        {
            if (!complete)
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<byte[]> ReadSampleAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[ErrorSampleBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    // Validators are echoed exactly as the server wrote them; reformatting a Last-Modified can defeat a 304.
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    internal static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
