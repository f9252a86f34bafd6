using System.Text;

namespace Extractor.Cli.Workers;

/// <summary>The start and end of what the worker wrote to stderr (a stack overflow's trace can be megabytes).</summary>
public sealed class WorkerStderr
{
    private const int Keep = 8192;
    private readonly StringBuilder head = new();
    private readonly StringBuilder tail = new();
    private readonly Lock gate = new();
    private readonly ManualResetEventSlim ended = new();

    public WorkerStderr(Stream stream)
    {
        var thread = new Thread(() => Drain(stream)) { IsBackground = true, Name = "worker stderr" };
        thread.Start();
    }

    public string Text(TimeSpan wait)
    {
        ended.Wait(wait);
        lock (gate)
        {
            return head.ToString() + tail;
        }
    }

    private void Drain(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[4096];
        try
        {
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (gate)
                {
                    var rest = Math.Min(read, Keep - head.Length);
                    head.Append(buffer, 0, rest);
                    tail.Append(buffer, rest, read - rest);
                    if (tail.Length > Keep)
                    {
                        tail.Remove(0, tail.Length - Keep);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The worker is gone.
        }

        ended.Set();
    }
}
