namespace Extractor.FixtureGenerator.Catalog;

/// <summary>One fixture file and the expectation written beside it.</summary>
public interface IFixture
{
    /// <summary>The folder under the fixtures root: <c>text</c> and <c>html</c> for reports, <c>series</c> for one agency's years, <c>bad</c> for what is no report.</summary>
    string Folder { get; }

    /// <summary>The file name with its extension; the expectation is the same stem with <c>.expected.json</c>.</summary>
    string FileName { get; }

    GeneratedFixture Generate();
}
