using Extractor.Core.Schema;

namespace Extractor.Output.Compare;

/// <summary>
/// The indicators of compare.csv, all from the 总计 (total) column of table 3, the totals of table 4 and the counts of
/// table 2, each with its formula. A value is computed only from numbers: a cell that is missing, blank or not
/// applicable leaves the indicator empty (blank is not zero), as does a denominator of 0.
/// </summary>
public static class Indicators
{
    private const string A = "applications.";

    private static readonly string[] Denied =
        ["denied_state_secret", "denied_prohibited_by_law", "denied_security_stability", "denied_third_party", "denied_internal_affairs", "denied_process_info", "denied_enforcement_files", "denied_query_matters"];

    private static readonly string[] Unable = ["unable_not_held", "unable_needs_creation", "unable_unclear"];

    private static readonly string[] Rejected = ["rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_excessive", "rejected_confirmation"];

    private static readonly string[] Other = ["other_no_correction", "other_fee_unpaid", "other_other"];

    private static readonly CellSum Processed = CellSum.Of(A + "total_processed.total");

    public static IReadOnlyList<Indicator> All { get; } =
    [
        new("received_new", "本年新收申请", IndicatorUnit.Count, "本年新收申请数量（总计）", true, CellSum.Of(A + "new_received.total")),
        new("received_carried_over", "上年结转申请", IndicatorUnit.Count, "上年结转申请数量（总计）", false, CellSum.Of(A + "carried_over.total")),
        new("processed", "办理结果总计", IndicatorUnit.Count, "本年度办理结果（七）总计", false, Processed),
        Share("granted_share", "予以公开占比", "予以公开 ÷ 办理结果总计", false, Rows("granted")),
        Share("partially_granted_share", "部分公开占比", "部分公开 ÷ 办理结果总计", false, Rows("partially_granted")),
        Share("denied_share", "不予公开占比", "不予公开 1–8 之和 ÷ 办理结果总计", true, Rows(Denied)),
        Share("unable_share", "无法提供占比", "无法提供 1–3 之和 ÷ 办理结果总计", false, Rows(Unable)),
        Share("not_held_share", "本机关不掌握占比", "本机关不掌握相关政府信息 ÷ 办理结果总计", true, Rows("unable_not_held")),
        Share("rejected_share", "不予处理占比", "不予处理 1–5 之和 ÷ 办理结果总计", false, Rows(Rejected)),
        Share("other_share", "其他处理占比", "其他处理 1–3 之和（2019年版：其他处理）÷ 办理结果总计", false, new CellSum([.. Rows(Other).Terms], [new Term(A + "other.total")])),
        new("carried_forward", "结转下年度", IndicatorUnit.Count, "结转下年度继续办理（总计）", false, CellSum.Of(A + "carried_forward.total")),
        new("reviews", "行政复议", IndicatorUnit.Count, "行政复议总计", true, CellSum.Of("review_litigation.review.total")),
        new("review_corrected_share", "复议纠错率", IndicatorUnit.Share, "行政复议结果纠正 ÷（行政复议总计 − 尚未审结）", true,
            CellSum.Of("review_litigation.review.corrected"),
            new CellSum([new Term("review_litigation.review.total"), new Term("review_litigation.review.pending", -1)])),
        new("lawsuits", "行政诉讼", IndicatorUnit.Count, "行政诉讼总计（未经复议直接起诉 + 复议后起诉）", false,
            CellSum.Of("review_litigation.litigation_direct.total", "review_litigation.litigation_after_review.total")),
        new("lawsuit_corrected_share", "诉讼纠错率", IndicatorUnit.Share, "行政诉讼结果纠正之和 ÷（行政诉讼总计 − 尚未审结）", false,
            CellSum.Of("review_litigation.litigation_direct.corrected", "review_litigation.litigation_after_review.corrected"),
            new CellSum(
            [
                new Term("review_litigation.litigation_direct.total"), new Term("review_litigation.litigation_direct.pending", -1),
                new Term("review_litigation.litigation_after_review.total"), new Term("review_litigation.litigation_after_review.pending", -1),
            ])),
        new("normative_documents_issued", "本年制发规范性文件", IndicatorUnit.Count, "行政规范性文件 本年制发件数（2021年版）", false, CellSum.Of("active.normative_documents.issued")),
        new("normative_documents_in_force", "现行有效规范性文件", IndicatorUnit.Count, "行政规范性文件 现行有效件数（2021年版）", false, CellSum.Of("active.normative_documents.in_force")),
        new("licensing_decisions", "行政许可决定", IndicatorUnit.Count, "行政许可 本年处理决定数量", false, CellSum.Of("active.licensing.decisions")),
        new("penalty_decisions", "行政处罚决定", IndicatorUnit.Count, "行政处罚 本年处理决定数量", false, CellSum.Of("active.penalty.decisions")),
        new("coercion_decisions", "行政强制决定", IndicatorUnit.Count, "行政强制 本年处理决定数量", false, CellSum.Of("active.coercion.decisions")),
    ];

    /// <summary>Every cell any indicator reads, so the input reads no more of values.csv than it needs.</summary>
    public static IReadOnlySet<string> Cells { get; } = All
        .SelectMany(i => new[] { i.Numerator, i.Denominator }.OfType<CellSum>())
        .SelectMany(s => s.Terms.Concat(s.Fallback ?? []))
        .Select(t => t.Key)
        .ToHashSet(StringComparer.Ordinal);

    public static IndicatorValue Evaluate(Indicator indicator, ReportRecord report)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(report);
        var (numerator, numeratorWhy, numeratorCells) = Sum(indicator.Numerator, report);
        if (indicator.Denominator is null)
        {
            return new IndicatorValue(numerator, numeratorWhy, numeratorCells);
        }

        var (denominator, denominatorWhy, denominatorCells) = Sum(indicator.Denominator, report);
        IReadOnlyList<CellReading> cells = [.. numeratorCells, .. denominatorCells];
        var why = numeratorWhy ?? denominatorWhy ?? (denominator == 0 ? "denominator is 0" : null);
        return why is null
            ? new IndicatorValue(numerator!.Value / denominator!.Value, null, cells)
            : new IndicatorValue(null, why, cells);
    }

    private static Indicator Share(string id, string label, string formula, bool headline, CellSum numerator) =>
        new(id, label, IndicatorUnit.Share, formula, headline, numerator, Processed);

    private static CellSum Rows(params string[] rows) => new([.. rows.Select(r => new Term($"{A}{r}.total"))]);

    private static (decimal? Value, string? Why, IReadOnlyList<CellReading> Cells) Sum(CellSum sum, ReportRecord report)
    {
        var main = Add(sum.Terms, report);
        if (main.Why is null || sum.Fallback is null)
        {
            return main;
        }

        var fallback = Add(sum.Fallback, report);
        return fallback.Why is null ? fallback : main;
    }

    private static (decimal? Value, string? Why, IReadOnlyList<CellReading> Cells) Add(IReadOnlyList<Term> terms, ReportRecord report)
    {
        var cells = terms.Select(t => report.Cell(t.Key)).ToList();
        var unusable = cells.FirstOrDefault(c => c.Value is null);
        if (unusable is not null)
        {
            return (null, Why(unusable, report), cells);
        }

        return (terms.Zip(cells).Sum(p => p.First.Sign * p.Second.Value!.Value), null, cells);
    }

    private static string Why(CellReading cell, ReportRecord report) => cell.Kind switch
    {
        "empty" => $"{cell.Key} is blank",
        "na" => $"{cell.Key} is marked not applicable ('{cell.Raw}')",
        _ when report.Era.Length > 0 && !InEra(cell.Key, report.Era) => $"{cell.Key} is not in the {report.Era} form",
        _ => $"{cell.Key} is missing",
    };

    private static bool InEra(string key, string era)
    {
        var schema = TemplateSchema.All.FirstOrDefault(s => s.Era.ToCsv() == era);
        return schema is null || schema.Cells.Any(c => c.ToString() == key);
    }
}
