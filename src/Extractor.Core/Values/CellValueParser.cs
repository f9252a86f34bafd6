using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Core.Schema;
using Extractor.Core.Text;

namespace Extractor.Core.Values;

/// <summary>
/// Reads a printed cell (quirks 10-14): full-width digits, thousands separators, stray and non-breaking spaces,
/// signs and 增/减, units, no-value marks. Pure; never guesses: what it cannot read it names as a problem.
/// </summary>
public static partial class CellValueParser
{
    private static readonly HashSet<string> NoValueMarks =
        ["-", "--", "—", "——", "–", "―", "‐", "/", "//", "\\", "无", "不适用", "暂无", "N/A", "n/a", "NA", "×"];

    /// <summary>Whether the text reads as a cell value of some column (a number, a no-value mark, or blank).</summary>
    public static bool LooksLikeValue(string raw)
    {
        if (IsPlainDigits(raw))
        {
            return true;
        }

        if (HasWordCharacter(raw))
        {
            return false;
        }

        var s = Clean(raw);
        return s.Length == 0 || NoValueMarks.Contains(s) || ValueShape().IsMatch(s);
    }

    /// <summary>No count or sum of 万元 in these reports comes near this; above it a cell is junk, and sums stay exact.</summary>
    private const decimal MaxPlausible = 1_000_000_000_000m;

    public static ParsedValue Parse(string raw, CellType type)
    {
        // Most cells are a short run of ASCII digits ("0"): no cleaning or pattern needed, the same value results.
        if (IsPlainDigits(raw) && raw.Length <= 18)
        {
            var plain = long.Parse(raw, NumberStyles.None, CultureInfo.InvariantCulture);
            return plain > MaxPlausible
                ? ParsedValue.Unreadable($"'{Excerpt.Of(raw)}' is too large to be a figure of this report")
                : ParsedValue.Of(plain);
        }

        var s = Clean(raw);
        if (s.Length == 0)
        {
            return ParsedValue.Empty;
        }

        if (NoValueMarks.Contains(s))
        {
            return ParsedValue.NotApplicable;
        }

        var m = ValueShape().Match(s);
        if (!m.Success)
        {
            return ParsedValue.Unreadable($"text '{Excerpt.Of(raw)}' where a number belongs");
        }

        var signWord = m.Groups["word"].Value;
        var sign = m.Groups["sign"].Value;
        var digits = m.Groups["num"].Value;
        var unit = m.Groups["unit"].Value;

        if (!TryNumber(digits, out var number))
        {
            return ParsedValue.Unreadable($"'{Excerpt.Of(raw)}' is not a well-formed number");
        }

        if (number > MaxPlausible)
        {
            return ParsedValue.Unreadable($"'{Excerpt.Of(raw)}' is too large to be a figure of this report");
        }

        var negative = sign == "-" || signWord.StartsWith('减');
        var signed = sign.Length > 0 || signWord.Length > 0;

        switch (type)
        {
            case CellType.Count:
                if (signed || number != decimal.Truncate(number))
                {
                    return ParsedValue.Unreadable($"'{Excerpt.Of(raw)}' is not a count");
                }

                if (unit is "万元" or "元" or "亿元")
                {
                    return ParsedValue.Unreadable($"'{Excerpt.Of(raw)}' is money where a count belongs");
                }

                return ParsedValue.Of(number);

            case CellType.SignedCount:
                if (number != decimal.Truncate(number) || unit is "万元" or "元" or "亿元")
                {
                    return ParsedValue.Unreadable($"'{Excerpt.Of(raw)}' is not a change in a number of items");
                }

                return ParsedValue.Of(negative ? -number : number);

            case CellType.Amount10kYuan:
                if (signed && negative)
                {
                    return ParsedValue.Unreadable($"'{Excerpt.Of(raw)}' is a negative amount");
                }

                return MoneyIn10kYuan(raw, number, unit, nameless: false);

            case CellType.Amount:
                if (signed && negative)
                {
                    return ParsedValue.Unreadable($"'{Excerpt.Of(raw)}' is a negative amount");
                }

                return MoneyIn10kYuan(raw, number, unit, nameless: true);

            default:
                throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    /// <summary>
    /// An amount in the column's documented unit, 万元: a printed 元 or 亿元 is converted (the raw text keeps what was
    /// printed); a bare number stays as printed.
    /// </summary>
    private static ParsedValue MoneyIn10kYuan(string raw, decimal number, string unit, bool nameless) => unit switch
    {
        "" => ParsedValue.Of(number),
        "万元" => nameless ? ParsedValue.Of(number, "printed in 万元, the column's unit") : ParsedValue.Of(number),
        "元" => ParsedValue.Of(number / 10000m, "printed in 元, converted to 万元"),
        "亿元" => ParsedValue.Of(number * 10000m, "printed in 亿元, converted to 万元"),
        _ => ParsedValue.Unreadable($"'{Excerpt.Of(raw)}' has a unit that is not money"),
    };

    /// <summary>
    /// Trims every kind of space, folds full-width digits and signs, and drops a mis-decoded non-breaking space
    /// ("? 0", "\uFFFD0") in front of a value.
    /// </summary>
    public static string Clean(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var ch in raw)
        {
            var c = ch switch
            {
                >= '０' and <= '９' => (char)(ch - '０' + '0'),
                '．' => '.',
                '，' => ',',
                '＋' => '+',
                '－' or '−' => '-',
                '／' => '/',
                _ => ch,
            };
            if (char.IsWhiteSpace(c) || c is '\u200b' or '\ufeff')
            {
                continue;
            }

            sb.Append(c);
        }

        // "1 0" is two values run together (a <br> inside a cell, merged PDF cells), not ten: keep the space, which
        // no value pattern accepts.
        if (SpacedDigits().IsMatch(raw))
        {
            return raw.Trim();
        }

        var s = sb.ToString();
        if (s.Length > 1 && s[0] is '?' or '\ufffd' && (char.IsAsciiDigit(s[1]) || s[1] is '+' or '-'))
        {
            s = s[1..];
        }

        return s;
    }

    // Labels are most blocks: any letter or ideograph outside the words a value may carry rules a value out at once.
    private static bool HasWordCharacter(string raw)
    {
        foreach (var c in raw)
        {
            if (char.IsLetter(c) && !ValueWords.Contains(c))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<char> ValueWords = [.. "增减加少万亿元件个项条无不适用暂NnAa"];

    private static bool IsPlainDigits(string raw)
    {
        if (raw.Length == 0)
        {
            return false;
        }

        foreach (var c in raw)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryNumber(string digits, out decimal number)
    {
        if (digits.Contains(',', StringComparison.Ordinal) && !Grouped().IsMatch(digits))
        {
            number = 0;
            return false;
        }

        return decimal.TryParse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }


    [GeneratedRegex(@"^(?<word>增加|减少|增|减)?(?<sign>[+-])?(?<num>\d[\d,]*(?:\.\d+)?|\.\d+)(?<unit>万元|亿元|元|件|个|项|条)?$")]
    private static partial Regex ValueShape();

    [GeneratedRegex(@"[0-9０-９][\s\u3000]+[0-9０-９]")]
    private static partial Regex SpacedDigits();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")]
    private static partial Regex Grouped();
}
