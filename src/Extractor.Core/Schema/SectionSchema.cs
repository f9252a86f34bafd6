namespace Extractor.Core.Schema;

/// <summary>
/// One of the six fixed sections. A heading matches when its text (enumerator removed) holds every phrase of
/// one of <paramref name="KeywordSets"/>.
/// </summary>
public sealed record SectionSchema(int Number, string Heading, IReadOnlyList<IReadOnlyList<string>> KeywordSets);
