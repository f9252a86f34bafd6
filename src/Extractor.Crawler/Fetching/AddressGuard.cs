using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Extractor.Crawler.Fetching;

/// <summary>Raised when a connection would go to a loopback, private or link-local address that is not allowed.</summary>
public sealed class PrivateAddressException(string host, IPAddress address)
    : Exception($"{host} resolves to {address}, a private or local address; not followed (a seed there, or --allow-private, allows it)")
{
    public string Host { get; } = host;
}

/// <summary>
/// Keeps a crawl that follows links found on the public web from reaching into the machine's own network (a page
/// linking to http://10.0.0.1/admin, or a name that resolves to 127.0.0.1). The check runs where the socket is
/// opened, on the address actually connected to, so a DNS answer that changes between check and use cannot slip by.
/// </summary>
/// <param name="allowAll">--allow-private: no address is refused.</param>
/// <param name="allowedHosts">Hosts a seed names: a crawl may always go where it was sent.</param>
/// <param name="proxyHost">
/// The proxy every connection goes to, if any: it may be on the local network, yet links to its host are still refused,
/// since a request through a proxy to its own host reaches the proxy's machine.
/// </param>
public sealed class AddressGuard(bool allowAll, IEnumerable<string> allowedHosts, string? proxyHost = null)
{
    private readonly HashSet<string> allowed = new(allowedHosts.Select(h => h.ToLowerInvariant()), StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<string?>> verdicts = new(StringComparer.Ordinal);

    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 0 || b[0] == 10 || b[0] == 127 ||
                (b[0] == 172 && b[1] >= 16 && b[1] <= 31) ||
                (b[0] == 192 && b[1] == 168) ||
                (b[0] == 169 && b[1] == 254) ||
                (b[0] == 100 && b[1] >= 64 && b[1] <= 127);
        }

        // fc00::/7 unique local, fe80::/10 link-local, fec0::/10 site-local.
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
    }

    /// <summary>Null when the host may be fetched, else why not. Looked up once per host and run.</summary>
    public Task<string?> CheckAsync(string host, CancellationToken cancellationToken)
    {
        if (allowAll || allowed.Contains(host.ToLowerInvariant()))
        {
            return Task.FromResult<string?>(null);
        }

        return verdicts.GetOrAdd(host.ToLowerInvariant(), h => CheckOnceAsync(h, cancellationToken));
    }

    private async Task<string?> CheckOnceAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            var addresses = await Resolve(host, cancellationToken).ConfigureAwait(false);
            var inside = addresses.FirstOrDefault(IsPrivate);
            return inside is null ? null : new PrivateAddressException(host, inside).Message;
        }
        catch (SocketException)
        {
            // An unknown name is a fetch error, reported when the request is made.
            return null;
        }
    }

    /// <summary>The connect step of the HTTP handler: resolve, refuse private addresses, connect to the first that answers.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host;
        var addresses = await Resolve(host, cancellationToken).ConfigureAwait(false);
        var isProxy = proxyHost is not null && string.Equals(host, proxyHost, StringComparison.OrdinalIgnoreCase);
        if (!allowAll && !isProxy && !allowed.Contains(host.ToLowerInvariant()) && addresses.FirstOrDefault(IsPrivate) is { } inside)
        {
            throw new PrivateAddressException(host, inside);
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    private static async Task<IPAddress[]> Resolve(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
}
