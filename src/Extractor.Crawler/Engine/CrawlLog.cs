using System.Text;
using System.Text.Json;

namespace Extractor.Crawler.Engine;

/// <summary>
/// The JSON-lines log a scheduled job keeps: one object per line (time, level, host, url, event, and the event's
/// fields), appended and flushed line by line so a killed run leaves every line it wrote whole.
/// </summary>
public sealed class CrawlLog : IDisposable
{
    private readonly StreamWriter? writer;
    private readonly Lock gate = new();

    /// <param name="path">The log file; null writes nowhere.</param>
    /// <param name="maxBytes">Where a full log is rotated before this run writes to it (see <see cref="LogRotation"/>).</param>
    /// <param name="keep">How many rotated logs are kept.</param>
    public CrawlLog(string? path, long maxBytes = 0, int keep = 0)
    {
        if (path is null)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var rotated = LogRotation.RotateIfFull(path, maxBytes, keep);

        writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite), new UTF8Encoding(false)) { AutoFlush = true };
        if (rotated)
        {
            Info("log_rotated", null, ("previous", LogRotation.Numbered(path, 1)), ("kept", keep));
        }
    }

    /// <summary>A log that writes nowhere.</summary>
    public static CrawlLog None => new(null);

    public void Info(string @event, Uri? url = null, params (string Name, object? Value)[] fields) => Write("info", @event, url?.Authority, url, fields);

    public void Warn(string @event, Uri? url = null, params (string Name, object? Value)[] fields) => Write("warn", @event, url?.Authority, url, fields);

    public void Error(string @event, Uri? url = null, params (string Name, object? Value)[] fields) => Write("error", @event, url?.Authority, url, fields);

    /// <param name="host">The authority the event concerns (a host's breaker has no URL).</param>
    public void Write(string level, string @event, string? host, Uri? url, IEnumerable<(string Name, object? Value)> fields)
    {
        if (writer is null)
        {
            return;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", DateTimeOffset.UtcNow);
            json.WriteString("level", level);
            json.WriteString("host", host);
            json.WriteString("url", url?.AbsoluteUri);
            json.WriteString("event", @event);
            foreach (var (name, value) in fields)
            {
                switch (value)
                {
                    case null:
                        json.WriteNull(name);
                        break;
                    case int i:
                        json.WriteNumber(name, i);
                        break;
                    case long l:
                        json.WriteNumber(name, l);
                        break;
                    case double d:
                        json.WriteNumber(name, Math.Round(d, 3));
                        break;
                    case bool b:
                        json.WriteBoolean(name, b);
                        break;
                    default:
                        json.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }

            json.WriteEndObject();
        }

        var line = Encoding.UTF8.GetString(buffer.ToArray());
        lock (gate)
        {
            writer.WriteLine(line);
        }
    }

    public void Dispose() => writer?.Dispose();
}
