namespace Extractor.FixtureGenerator.Composition;

/// <summary>A section that is not one of the template's six, printed before section <see cref="Before"/>.</summary>
public sealed record InsertedSection(int Before, string Heading, IReadOnlyList<string> Paragraphs);
