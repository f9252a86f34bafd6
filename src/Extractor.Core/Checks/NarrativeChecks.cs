using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Checks;

/// <summary>
/// Compares numbers the prose states (收到申请22件) with the table cells. A warning: prose numbers are never taken
/// into cells, and prose counts things loosely.
/// </summary>
public static class NarrativeChecks
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new();

    public static List<CheckResult> Evaluate(TemplateSchema schema, string prose, IReadOnlyDictionary<CellKey, CellValue> cells)
    {
        var results = new List<CheckResult>();
        foreach (var fact in schema.Narrative)
        {
            var pattern = Patterns.GetOrAdd(fact.Pattern, p => new Regex(p, RegexOptions.Compiled, TimeSpan.FromSeconds(1)));
            var m = pattern.Match(prose);
            if (!m.Success || !decimal.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stated))
            {
                continue;
            }

            decimal? table = cells.TryGetValue(fact.Cell, out var v) ? v.Number : null;
            var outcome = table is null ? CheckOutcome.NotAssessable : table == stated ? CheckOutcome.Pass : CheckOutcome.Fail;
            results.Add(new CheckResult("narrative", fact.Name, stated, table, outcome, [fact.Cell], Severity.Warning));
        }

        return results;
    }
}
