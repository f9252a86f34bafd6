namespace Extractor.Core.Schema;

/// <summary>Whether a failed identity is an error in the report (status inconsistent) or only worth a look.</summary>
public enum Severity
{
    Error,
    Warning,
}

/// <summary>Along which axis an identity is applied.</summary>
public enum IdentityAxis
{
    /// <summary>Applied in every column: <see cref="Identity.Left"/> and <see cref="Identity.Right"/> are row keys.</summary>
    EachColumn,

    /// <summary>Applied in every row: <see cref="Identity.Left"/> and <see cref="Identity.Right"/> are column keys.</summary>
    EachRow,
}

/// <summary>An arithmetic identity within one table: sum(Left) = sum(Right), along an axis.</summary>
public sealed record Identity(string Id, string Table, IdentityAxis Axis, IReadOnlyList<string> Left, IReadOnlyList<string> Right);

/// <summary>
/// A number a report states in its prose (收到申请22件) that must equal a table cell. The pattern's first group is the number.
/// </summary>
public sealed record NarrativeFact(string Name, string Pattern, CellKey Cell);
