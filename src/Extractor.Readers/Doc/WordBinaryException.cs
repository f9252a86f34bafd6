namespace Extractor.Readers.Doc;

/// <summary>A Word binary document that cannot be read, with the one-line reason.</summary>
public sealed class WordBinaryException(string message) : Exception(message);
