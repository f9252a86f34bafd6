using Extractor.FixtureGenerator.Expectations;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>A fixture's bytes exactly as written, with what a parser must make of them.</summary>
public sealed record GeneratedFixture(byte[] Content, Expectation Expected);
