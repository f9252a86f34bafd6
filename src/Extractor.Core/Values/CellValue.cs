using Extractor.Core.Documents;
using Extractor.Core.Schema;

namespace Extractor.Core.Values;

/// <summary>A template cell as found in a report, with the text it was read from and where.</summary>
public sealed record CellValue(CellKey Key, ValueKind Kind, decimal? Number, string Raw, SourceLocation Location, string? Note = null);
