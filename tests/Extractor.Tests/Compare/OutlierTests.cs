using Extractor.Output.Compare;

namespace Extractor.Tests.Compare;

public sealed class OutlierTests
{
    [Test]
    public void AValueFarFromItsPeersIsFlagged() =>
        Assert.That(Outliers.Flags([30m, 25m, 40m, 2m, 28m, 31m]), Is.EqualTo(new string?[] { null, null, null, "low", null, null }));

    [Test]
    public void OneDistrictReportingHundredsWhereTheRestReportNoneIsFlagged() =>
        Assert.That(Outliers.Flags([0m, 0m, 0m, 0m, 300m]), Is.EqualTo(new string?[] { null, null, null, null, "high" }));

    [Test]
    public void FewerThanFourPeersFlagNothing() =>
        Assert.That(Outliers.Flags([1m, 2m, 500m]), Has.All.Null);

    [Test]
    public void EmptyValuesStayUnflaggedAndDoNotCount() =>
        Assert.That(Outliers.Flags([1m, null, 2m, null, 500m]), Has.All.Null);

    [Test]
    public void EqualValuesFlagNothing() =>
        Assert.That(Outliers.Flags([3m, 3m, 3m, 3m]), Has.All.Null);
}
