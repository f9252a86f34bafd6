namespace Extractor.Core.Values;

/// <summary>What a printed cell holds. A blank or "/" is not zero: a report that left a cell blank did not say zero.</summary>
public enum ValueKind
{
    Number,

    /// <summary>Nothing printed.</summary>
    Empty,

    /// <summary>A no-value mark: "—", "-", "/", "无", "不适用".</summary>
    NotApplicable,
}

public static class ValueKindNames
{
    /// <summary>The value of the <c>kind</c> column of values.csv.</summary>
    public static string ToCsv(this ValueKind kind) => kind switch
    {
        ValueKind.Number => "number",
        ValueKind.Empty => "empty",
        ValueKind.NotApplicable => "na",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
