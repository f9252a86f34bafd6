using Extractor.Crawler.Discovery;
using Extractor.Crawler.Fetching;

namespace Extractor.Crawler.Engine;

/// <summary>What discovery made of a fetched body.</summary>
/// <param name="ListingAnswer">An XML or JSON listing answer: followed for its links, never read as a report.</param>
/// <param name="Note">Why a listing gave no report link (for documents.csv and the host's summary), else null.</param>
public sealed record PageFindings(ContentKind Kind, IReadOnlyList<PageLink> Links, bool ListingAnswer, string? Note);
