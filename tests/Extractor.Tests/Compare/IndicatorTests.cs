using Extractor.Output.Compare;

namespace Extractor.Tests.Compare;

public sealed class IndicatorTests
{
    private static Indicator Get(string id) => Indicators.All.Single(i => i.Id == id);

    private static CellReading Number(string key, decimal value) => new(key, value, "number", value.ToString(System.Globalization.CultureInfo.InvariantCulture), "line 1");

    internal static ReportRecord Report(string era = "2021", params CellReading[] cells) =>
        new("r1", "a.txt", "保定市徐水区人民政府", "130609", 2023, era, "ok", null, cells.ToDictionary(c => c.Key));

    [Test]
    public void AShareIsItsCellOverTheTotalProcessedWithTheCellsItCameFrom()
    {
        var value = Indicators.Evaluate(Get("granted_share"), Report("2021",
            Number("applications.granted.total", 8), Number("applications.total_processed.total", 20)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(value.Value, Is.EqualTo(0.4m));
            Assert.That(value.Why, Is.Null);
            Assert.That(value.Cells.Select(c => c.Key), Is.EqualTo(new[] { "applications.granted.total", "applications.total_processed.total" }));
        }
    }

    [Test]
    public void ASumOfRowsNeedsEveryRow()
    {
        string[] denied = ["denied_state_secret", "denied_prohibited_by_law", "denied_security_stability", "denied_third_party", "denied_internal_affairs", "denied_process_info", "denied_enforcement_files", "denied_query_matters"];
        var cells = denied.Select((r, i) => Number($"applications.{r}.total", i)).Append(Number("applications.total_processed.total", 56)).ToArray();
        var all = Indicators.Evaluate(Get("denied_share"), Report("2021", cells));
        var oneMissing = Indicators.Evaluate(Get("denied_share"), Report("2021", [.. cells.Skip(1)]));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Value, Is.EqualTo(28m / 56m));
            Assert.That(oneMissing.Value, Is.Null, "a missing cell is never taken as zero");
            Assert.That(oneMissing.Why, Is.EqualTo("applications.denied_state_secret.total is missing"));
        }
    }

    [Test]
    public void ABlankCellLeavesTheShareEmpty()
    {
        var value = Indicators.Evaluate(Get("not_held_share"), Report("2021",
            new CellReading("applications.unable_not_held.total", null, "empty", "", "line 40"), Number("applications.total_processed.total", 20)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(value.Value, Is.Null);
            Assert.That(value.Why, Does.Contain("blank"));
        }
    }

    [Test]
    public void ANotApplicableCellLeavesTheCountEmpty()
    {
        var value = Indicators.Evaluate(Get("reviews"), Report("2021", new CellReading("review_litigation.review.total", null, "na", "/", "line 70")));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(value.Value, Is.Null);
            Assert.That(value.Why, Does.Contain("not applicable ('/')"));
        }
    }

    [Test]
    public void AZeroDenominatorLeavesTheShareEmpty()
    {
        var value = Indicators.Evaluate(Get("granted_share"), Report("2021",
            Number("applications.granted.total", 0), Number("applications.total_processed.total", 0)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(value.Value, Is.Null);
            Assert.That(value.Why, Is.EqualTo("denominator is 0"));
        }
    }

    [Test]
    public void TheCorrectedShareOfReviewsLeavesPendingCasesOut()
    {
        var value = Indicators.Evaluate(Get("review_corrected_share"), Report("2021",
            Number("review_litigation.review.corrected", 1), Number("review_litigation.review.total", 5), Number("review_litigation.review.pending", 1)));
        Assert.That(value.Value, Is.EqualTo(0.25m));
    }

    [Test]
    public void ReviewsAllPendingHaveNoCorrectedShare() =>
        Assert.That(Indicators.Evaluate(Get("review_corrected_share"), Report("2021",
            Number("review_litigation.review.corrected", 0), Number("review_litigation.review.total", 2), Number("review_litigation.review.pending", 2))).Why,
            Is.EqualTo("denominator is 0"));

    [Test]
    public void The2019FormsSingleOtherRowStandsInForTheThree()
    {
        var value = Indicators.Evaluate(Get("other_share"), Report("2019",
            Number("applications.other.total", 3), Number("applications.total_processed.total", 30)));
        Assert.That(value.Value, Is.EqualTo(0.1m));
    }

    [Test]
    public void ACellOnlyThe2021FormHasIsSaidToBeMissingFromThe2019Form() =>
        Assert.That(Indicators.Evaluate(Get("normative_documents_issued"), Report("2019")).Why, Is.EqualTo("active.normative_documents.issued is not in the 2019 form"));

    [Test]
    public void EveryIndicatorHasALabelAndAFormula() =>
        Assert.That(Indicators.All, Has.All.Matches<Indicator>(i => i.Label.Length > 0 && i.Formula.Length > 0));
}
