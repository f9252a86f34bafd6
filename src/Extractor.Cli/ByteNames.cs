using System.Text;
using System.Text.Unicode;

namespace Extractor.Cli;

/// <summary>
/// File names as the operating system gives them: on Linux a name is bytes, and a folder scraped from a GBK server or
/// unpacked from an old ZIP holds names that are not UTF-8. .NET decodes such a name with replacement characters and
/// then cannot open the file. Here a byte that is not part of valid UTF-8 is kept as a lone low surrogate
/// (U+DC80 + byte, the escape Python calls surrogateescape), which no decoded name can hold, so the string maps back to
/// the same bytes; the <c>source</c> column shows it as <c>\xFF</c>.
/// </summary>
public static class ByteNames
{
    private const char EscapeBase = '\udc80';

    /// <summary>The name or path as a string that <see cref="ToBytes"/> turns back into exactly these bytes.</summary>
    public static string FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var text = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                foreach (var b in bytes[..Math.Max(consumed, 1)])
                {
                    text.Append((char)(EscapeBase + b - 0x80));
                }
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return text.ToString();
    }

    /// <summary>Whether the string holds a byte that was not UTF-8 (and so must be opened by its bytes).</summary>
    public static bool HasEscapes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        for (var i = 0; i < path.Length; i++)
        {
            if (IsEscape(path, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bytes of the name, NUL-terminated for the C library.</summary>
    public static byte[] ToBytes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = new List<byte>(path.Length * 3 + 1);
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && !IsEscape(path, i))
            {
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(path.Substring(start, i - start)));
            if (i < path.Length)
            {
                bytes.Add((byte)(path[i] - EscapeBase + 0x80));
            }

            start = i + 1;
        }

        bytes.Add(0);
        return [.. bytes];
    }

    /// <summary>The path as written to CSV and messages: each byte that was not UTF-8 as <c>\xFF</c>.</summary>
    public static string Display(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!HasEscapes(path))
        {
            return path;
        }

        var text = new StringBuilder(path.Length + 8);
        for (var i = 0; i < path.Length; i++)
        {
            if (IsEscape(path, i))
            {
                text.Append(@"\x").Append(((int)(path[i] - EscapeBase + 0x80)).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(path[i]);
            }
        }

        return text.ToString();
    }

    // A low surrogate in U+DC80..U+DCFF without a high surrogate before it: valid UTF-16 never holds one.
    private static bool IsEscape(string s, int i) =>
        s[i] is >= EscapeBase and <= '\udcff' && (i == 0 || !char.IsHighSurrogate(s[i - 1]));
}
