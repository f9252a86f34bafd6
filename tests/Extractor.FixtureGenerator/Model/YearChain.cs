namespace Extractor.FixtureGenerator.Model;

/// <summary>
/// Makes one agency's reports of consecutive years agree where the template chains them: 上年结转 of a year is the
/// previous year's 结转下年度继续办理 (carry_chain), and 现行有效件数 follows from last year's and this year's
/// 制发/废止 (in_force_chain). Every edit rebalances the report, so its own identities keep holding.
/// </summary>
public static class YearChain
{
    private const string Table = "applications";

    /// <summary>Sets <paramref name="next"/>'s carried_over to <paramref name="prior"/>'s carried_forward in every column.</summary>
    public static void Carry(ReportModel prior, ReportModel next)
    {
        var rowTotal = ApplicationValues.IdentityNamed(next.Schema, "row_total");
        var carriedForward = ApplicationValues.IdentityNamed(prior.Schema, "balance").Right[1];
        foreach (var column in rowTotal.Right)
        {
            SetCarriedOver(next, column, prior.Number(Table, carriedForward, column));
        }
    }

    /// <summary>
    /// Sets one column's carried_over and rebalances the column (new + carried over = processed + carried forward,
    /// processed = the sum of the outcomes): more carried over means more granted; less means fewer outcomes, then
    /// less carried forward. Row totals are rewritten.
    /// </summary>
    public static void SetCarriedOver(ReportModel model, string column, decimal value)
    {
        var balance = ApplicationValues.IdentityNamed(model.Schema, "balance");
        var outcomes = ApplicationValues.IdentityNamed(model.Schema, "results_sum").Right;
        var (carriedOver, totalProcessed, carriedForward) = (balance.Left[1], balance.Right[0], balance.Right[1]);

        var delta = value - model.Number(Table, carriedOver, column);
        model.SetNumber(Table, carriedOver, column, value);
        if (delta > 0)
        {
            Add(model, outcomes[0], column, delta);
            Add(model, totalProcessed, column, delta);
        }

        for (var i = 0; i < outcomes.Count && delta < 0; i++)
        {
            var take = Math.Min(-delta, model.Number(Table, outcomes[i], column));
            Add(model, outcomes[i], column, -take);
            Add(model, totalProcessed, column, -take);
            delta += take;
        }

        if (delta < 0)
        {
            Add(model, carriedForward, column, delta);
        }

        RowTotals.Apply(model, ApplicationValues.IdentityNamed(model.Schema, "row_total"));
    }

    /// <summary>现行有效 this year = last year's + 制发 - 废止, for 规章 and 规范性文件 (2021 form).</summary>
    public static void InForce(ReportModel prior, ReportModel next)
    {
        foreach (var row in new[] { "rules", "normative_documents" })
        {
            var before = prior.Number("active", row, "in_force");
            var issued = next.Number("active", row, "issued");
            var repealed = Math.Min(next.Number("active", row, "repealed"), before + issued);
            next.SetNumber("active", row, "repealed", repealed);
            next.SetNumber("active", row, "in_force", before + issued - repealed);
        }
    }

    private static void Add(ReportModel model, string row, string column, decimal delta) =>
        model.SetNumber(Table, row, column, model.Number(Table, row, column) + delta);
}
