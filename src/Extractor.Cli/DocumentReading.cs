using Extractor.Core.Reports;

namespace Extractor.Cli;

/// <summary>Turns one document's bytes into its report: the readers' processor, or a stand-in in tests.</summary>
public delegate ReportResult DocumentReading(byte[] bytes, string source);
