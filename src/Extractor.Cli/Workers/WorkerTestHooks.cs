using System.Globalization;
using System.Text;

namespace Extractor.Cli.Workers;

/// <summary>
/// Misbehaviours a worker can be told to show, so the tests can prove the run survives a reader that hangs, eats
/// memory or is killed mid-document. Off unless the environment variable is set, which only the tests do; a document
/// can never switch them on by itself.
/// </summary>
public static class WorkerTestHooks
{
    public const string EnvironmentVariable = "EXTRACTOR_READER_TEST_HOOKS";

    /// <summary>A document starting with this and a hook name (hang, hog, wait DIR) triggers the hook.</summary>
    public const string Marker = "extractor-test-hook: ";

    public static bool Enabled => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";

    public static void Apply(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var head = Encoding.ASCII.GetBytes(Marker);
        if (!bytes.AsSpan().StartsWith(head))
        {
            return;
        }

        var command = Encoding.UTF8.GetString(bytes, head.Length, bytes.Length - head.Length).Trim();
        if (command == "hang")
        {
            Thread.Sleep(Timeout.Infinite);
        }
        else if (command == "hog")
        {
            Hog();
        }
        else if (command.StartsWith("wait ", StringComparison.Ordinal))
        {
            // Says which process holds the document, so a test can kill it from outside, then lingers.
            var folder = command["wait ".Length..].Trim();
            File.WriteAllText(Path.Combine(folder, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".busy"), string.Empty);
            Thread.Sleep(TimeSpan.FromSeconds(30));
        }
    }

    private static void Hog()
    {
        var kept = new List<byte[]>();
        while (true)
        {
            var block = new byte[8 << 20];
            for (var i = 0; i < block.Length; i += 4096)
            {
                block[i] = 1;
            }

            kept.Add(block);
            Thread.Sleep(5);
        }
    }
}
