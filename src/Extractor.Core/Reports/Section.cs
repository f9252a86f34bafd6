namespace Extractor.Core.Reports;

/// <summary>One of the six sections as found: its number, its heading as printed, and its prose.</summary>
public sealed record Section(int Number, string Heading, string Text);
