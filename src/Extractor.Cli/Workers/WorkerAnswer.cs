using Extractor.Core.Reports;

namespace Extractor.Cli.Workers;

/// <summary>A report, or why there is none.</summary>
public sealed record WorkerAnswer(ReportResult? Report, WorkerFailure? Failure);
