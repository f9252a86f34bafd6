namespace Extractor.Core.Documents;

/// <summary>A reader's answer: content, or a one-line reason why the document could not be read.</summary>
public sealed record ReadOutcome
{
    private ReadOutcome(string format, DocumentContent? content, string? failure)
    {
        Format = format;
        Content = content;
        Failure = failure;
    }

    public string Format { get; }

    public DocumentContent? Content { get; }

    /// <summary>Why the document could not be read, in one line a person understands.</summary>
    public string? Failure { get; }

    public static ReadOutcome Read(DocumentContent content) => new(content.Format, content, null);

    public static ReadOutcome Failed(string format, string reason) => new(format, null, reason);
}
