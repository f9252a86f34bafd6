namespace Extractor.Core.Schema;

/// <summary>What a column holds, which decides how its printed text is read.</summary>
public enum CellType
{
    /// <summary>A whole number of things, never negative.</summary>
    Count,

    /// <summary>A signed change (本年增/减): "+3", "-1", "减4".</summary>
    SignedCount,

    /// <summary>A sum of money in 万元 (the column says so); amounts printed in 元 are converted.</summary>
    Amount10kYuan,

    /// <summary>
    /// A sum of money in a column whose header names no unit (2019's 采购总金额), documented as 万元: a value printed with
    /// 元 or 亿元 is converted, one printed bare is kept as printed.
    /// </summary>
    Amount,
}
