namespace Extractor.Cli;

/// <summary>Bad arguments: the run never starts, exit status 2, the message is the one-line reason.</summary>
public sealed class UsageException(string message) : Exception(message);
