namespace Extractor.FixtureGenerator.Layout;

/// <summary>A row a province added to its copy of the template (quirk 17); its values belong to no template cell.</summary>
public sealed record LocalRow(string AfterRow, string Label, IReadOnlyList<string> Values);
