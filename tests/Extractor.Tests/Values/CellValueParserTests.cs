using System.Globalization;
using Extractor.Core.Schema;
using Extractor.Core.Values;
using FsCheck;
using FsCheck.Fluent;
using FsProperty = FsCheck.NUnit.PropertyAttribute;

namespace Extractor.Tests.Values;

public class CellValueParserTests
{
    [TestCase("0", 0)]
    [TestCase(" 0", 0)]
    [TestCase("\u00a00", 0)]
    [TestCase("? 0", 0)]
    [TestCase("１２", 12)]
    [TestCase("1,234", 1234)]
    [TestCase("1，234", 1234)]
    [TestCase("　5　", 5)]
    [TestCase("12件", 12)]
    public void Counts_read_through_scraping_noise(string raw, int expected)
    {
        var v = CellValueParser.Parse(raw, CellType.Count);
        Assert.That((v.Kind, v.Number, v.Problem), Is.EqualTo((ValueKind.Number, (decimal?)expected, (string?)null)));
    }

    [TestCase("+2", 2)]
    [TestCase("-417", -417)]
    [TestCase("减4", -4)]
    [TestCase("增3", 3)]
    [TestCase("减少 2", -2)]
    [TestCase("0", 0)]
    public void Signed_changes_keep_their_sign(string raw, int expected) =>
        Assert.That(CellValueParser.Parse(raw, CellType.SignedCount).Number, Is.EqualTo(expected));

    [TestCase("43.788万元", "43.788")]
    [TestCase("240万元", "240")]
    [TestCase("1530000元", "153")]
    [TestCase("199.43", "199.43")]
    public void Fees_are_in_10k_yuan(string raw, string expected) =>
        Assert.That(CellValueParser.Parse(raw, CellType.Amount10kYuan).Number, Is.EqualTo(decimal.Parse(expected, CultureInfo.InvariantCulture)));

    [Test]
    public void Fees_converted_from_yuan_say_so() =>
        Assert.That(CellValueParser.Parse("1530000元", CellType.Amount10kYuan).Note, Does.Contain("元"));

    [TestCase("3416.8385万元", "3416.8385", "万元")]
    [TestCase("1530000元", "153", "converted")]
    [TestCase("1.2亿元", "12000", "converted")]
    [TestCase("85.6", "85.6", null)]
    public void Procurement_amounts_printed_with_a_unit_are_in_the_columns_10k_yuan(string raw, string expected, string? note)
    {
        var v = CellValueParser.Parse(raw, CellType.Amount);
        Assert.Multiple(() =>
        {
            Assert.That(v.Number, Is.EqualTo(decimal.Parse(expected, CultureInfo.InvariantCulture)));
            Assert.That(v.Note, note is null ? Is.Null : Does.Contain(note));
        });
    }

    [TestCase("/")]
    [TestCase("-")]
    [TestCase("—")]
    [TestCase("无")]
    [TestCase("不适用")]
    [TestCase("／")]
    public void No_value_marks_are_na_not_zero(string raw)
    {
        var v = CellValueParser.Parse(raw, CellType.Count);
        Assert.That((v.Kind, v.Number), Is.EqualTo((ValueKind.NotApplicable, (decimal?)null)));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\u00a0")]
    [TestCase("\u3000")]
    public void Blank_is_empty_not_zero(string raw)
    {
        var v = CellValueParser.Parse(raw, CellType.Count);
        Assert.That((v.Kind, v.Number, v.IsValue), Is.EqualTo((ValueKind.Empty, (decimal?)null, true)));
    }

    [TestCase("区公务用车更新10辆", CellType.Count)]
    [TestCase("3亿件", CellType.Amount)]
    [TestCase("3亿元", CellType.Count)]
    [TestCase("+3", CellType.Count)]
    [TestCase("0.5", CellType.Count)]
    [TestCase("240万元", CellType.Count)]
    [TestCase("1,23", CellType.Count)]
    [TestCase("2021年", CellType.Count)]
    [TestCase("1 0", CellType.Count)]
    [TestCase("79228162514264337593543950335", CellType.Count)]
    [TestCase("9999999999999", CellType.Amount10kYuan)]
    public void What_is_not_a_value_of_the_column_is_a_problem_never_a_number(string raw, CellType type)
    {
        var v = CellValueParser.Parse(raw, type);
        Assert.That((v.IsValue, v.Number), Is.EqualTo((false, (decimal?)null)));
    }

    [FsProperty]
    public bool Any_count_survives_full_width_digits_spaces_and_separators(NonNegativeInt n, bool fullWidth, bool grouped, bool padded)
    {
        var text = grouped ? n.Get.ToString("#,0", CultureInfo.InvariantCulture) : n.Get.ToString(CultureInfo.InvariantCulture);
        if (fullWidth)
        {
            text = new string([.. text.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c == ',' ? '，' : c)]);
        }

        if (padded)
        {
            text = "\u00a0 " + text + "　";
        }

        return CellValueParser.Parse(text, CellType.Count).Number == n.Get;
    }

    [FsProperty]
    public bool A_parsed_number_is_never_invented_from_text_with_letters_or_ideographs(NonEmptyString s)
    {
        var text = s.Get;
        var hasWord = text.Any(c => char.IsLetter(c) && !"增减加少万元件个项条".Contains(c, StringComparison.Ordinal));
        var v = CellValueParser.Parse(text, CellType.Count);
        return !hasWord || v.Number is null;
    }

    [FsProperty]
    public FsCheck.Property Signed_changes_round_trip()
    {
        return Prop.ForAll(
            Gen.Choose(-100_000, 100_000).ToArbitrary(),
            n =>
            {
                var plus = n > 0 ? "+" + n.ToString(CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture);
                var word = n < 0 ? "减" + (-n).ToString(CultureInfo.InvariantCulture) : "增" + n.ToString(CultureInfo.InvariantCulture);
                return CellValueParser.Parse(plus, CellType.SignedCount).Number == n
                    && CellValueParser.Parse(word, CellType.SignedCount).Number == n;
            });
    }
}
