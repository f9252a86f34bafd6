using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>A fixture that is not a template report (legacy report, news page, junk), built by its own function.</summary>
public sealed class DocumentFixture(string folder, string fileName, Func<SeededRandom, GeneratedFixture> generate) : IFixture
{
    public string Folder => folder;

    public string FileName => fileName;

    public GeneratedFixture Generate() => generate(SeededRandom.ForName(fileName));
}
