using System.Text;
using Extractor.Core.Reports;

namespace Extractor.Cli.Workers;

/// <summary>
/// The pipe between the run and a reader process. The run writes one document at a time to the worker's stdin; the
/// worker answers on its stdout with one length-prefixed frame: a greeting once when it is ready, then one report per
/// document. stderr is left to the runtime, which writes there what killed a worker (a stack overflow, say).
/// </summary>
public static class WorkerProtocol
{
    /// <summary>The hidden verb that makes the program a worker.</summary>
    public const string Verb = "__reader-worker";

    /// <summary>Tells a worker not to read PDFs without a text layer by OCR, as the run was told.</summary>
    public const string NoOcr = "--no-ocr";

    /// <summary>The greeting; a worker of another build answers with another one and is not used.</summary>
    public const string Greeting = "extractor-reader-worker/2";

    /// <summary>Frames above this are not believed: a report of a few MB is large.</summary>
    public const int MaxFrameBytes = 1 << 30;

    public static void WriteRequest(Stream stream, byte[] bytes, string source, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(bytes);

        // Assembled first and written in one call: each write to a pipe is a system call, and on a sandboxed machine
        // a system call costs more than copying a page.
        using var buffer = new MemoryStream(bytes.Length + (source.Length * 3) + 64);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(source);
            writer.Write(contentType is not null);
            if (contentType is not null)
            {
                writer.Write(contentType);
            }

            writer.Write(bytes.Length);
            writer.Write(bytes);
        }

        stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        stream.Flush();
    }

    /// <returns>The request, or null when the run closed the pipe (no more documents).</returns>
    public static WorkerRequest? ReadRequest(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        string source;
        try
        {
            source = reader.ReadString();
        }
        catch (EndOfStreamException)
        {
            return null;
        }

        var contentType = reader.ReadBoolean() ? reader.ReadString() : null;
        var length = reader.ReadInt32();
        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? new WorkerRequest(bytes, source, contentType) : throw new EndOfStreamException("a document cut off in the pipe");
    }

    public static void WriteGreeting(Stream stream) => WriteFrame(stream, writer => writer.Write(Greeting));

    public static void WriteReport(Stream stream, ReportResult report) => WriteFrame(stream, writer => ReportCodec.Write(writer, report));

    public static string ReadGreeting(byte[] frame)
    {
        using var reader = new BinaryReader(new MemoryStream(frame), Encoding.UTF8);
        return reader.ReadString();
    }

    public static ReportResult ReadReport(byte[] frame)
    {
        using var reader = new BinaryReader(new MemoryStream(frame), Encoding.UTF8);
        return ReportCodec.Read(reader);
    }

    /// <returns>The frame's payload, or null at the end of the stream (the worker exited or died).</returns>
    public static byte[]? ReadFrame(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> prefix = stackalloc byte[4];
        if (!ReadExactly(stream, prefix))
        {
            return null;
        }

        var length = BitConverter.ToInt32(prefix);
        if (length is < 0 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"a frame of {length} bytes from a reader process");
        }

        var payload = new byte[length];
        return ReadExactly(stream, payload) ? payload : null;
    }

    private static void WriteFrame(Stream stream, Action<BinaryWriter> write)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        buffer.Write(stackalloc byte[4]);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        var frame = buffer.GetBuffer();
        BitConverter.TryWriteBytes(frame.AsSpan(0, 4), (int)buffer.Length - 4);
        stream.Write(frame, 0, (int)buffer.Length);
        stream.Flush();
    }

    private static bool ReadExactly(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer[total..]);
            if (read == 0)
            {
                return false;
            }

            total += read;
        }

        return true;
    }
}

/// <summary>One document sent to a worker.</summary>
public sealed record WorkerRequest(byte[] Bytes, string Source, string? ContentType);
