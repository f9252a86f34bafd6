using System.Globalization;
using Extractor.Core.Schema;
using Extractor.Core.Values;

namespace Extractor.Core.Recognition.Recovery;

/// <summary>
/// One printed value token of a row that did not fit its columns. A bare run of digits (with at most one decimal
/// point, perhaps signed) may hold several cells glued together, and so may such a run followed by a unit (万元, 元,
/// 亿元), whose unit then belongs to its last cell (`123416.8385万元` may be 12 items and 3416.8385 万元); anything else
/// (a no-value mark, free text) is one cell.
/// </summary>
public sealed class PrintedPiece
{
    /// <summary>Longest first, so 万元 is not taken for 元.</summary>
    private static readonly string[] Units = ["万元", "亿元", "元"];

    private PrintedPiece(Token token, string digits, bool splittable, string unit)
    {
        Token = token;
        Digits = digits;
        Splittable = splittable;
        Unit = unit;
    }

    public Token Token { get; }

    /// <summary>The run with full-width digits and signs folded to ASCII, spaces removed; the raw text where not splittable.</summary>
    public string Digits { get; }

    public bool Splittable { get; }

    /// <summary>The unit printed after a splittable run, which its last part carries; empty for most runs.</summary>
    public string Unit { get; }

    /// <summary>Digits (and one decimal point) after an optional sign; never more than this many characters.</summary>
    public const int MaxRunLength = 64;

    public static PrintedPiece Of(Token token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var raw = token.Raw.Trim();
        var chars = new char[raw.Length];
        var n = 0;
        foreach (var ch in raw)
        {
            var c = ch switch
            {
                >= '\uff01' and <= '\uff5e' => (char)(ch - 0xfee0),
                '增' when n == 0 => '+',
                '减' when n == 0 => '-',
                _ => ch,
            };
            if (!char.IsWhiteSpace(c))
            {
                chars[n++] = c;
            }
        }

        var digits = new string(chars, 0, n);
        if (IsRun(digits))
        {
            return new PrintedPiece(token, digits, true, string.Empty);
        }

        foreach (var unit in Units)
        {
            if (digits.Length > unit.Length && digits.EndsWith(unit, StringComparison.Ordinal) && IsRun(digits[..^unit.Length]))
            {
                return new PrintedPiece(token, digits[..^unit.Length], true, unit);
            }
        }

        return new PrintedPiece(token, digits, false, string.Empty);
    }

    /// <summary>
    /// A part of this run as a number for a column of this type, or null where the column cannot take it; the last part
    /// carries the run's unit and is read as the normaliser reads a number with that unit.
    /// </summary>
    public decimal? PartValue(int start, int length, CellType type)
    {
        var part = Digits.AsSpan(start, length);
        if (Unit.Length == 0 || start + length < Digits.Length)
        {
            return PartValue(part, type);
        }

        var parsed = CellValueParser.Parse(string.Concat(part, Unit), type);
        return parsed.IsValue && parsed.Kind == ValueKind.Number && part[0] is not ('+' or '-') ? parsed.Number : null;
    }

    private static bool IsRun(string s)
    {
        if (s.Length == 0 || s.Length > MaxRunLength)
        {
            return false;
        }

        var start = s[0] is '+' or '-' ? 1 : 0;
        if (start == s.Length || !char.IsAsciiDigit(s[start]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        var points = 0;
        for (var i = start; i < s.Length; i++)
        {
            if (s[i] == '.')
            {
                points++;
            }
            else if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return points <= 1;
    }

    /// <summary>The value of the whole piece in a column of this type, as the normaliser reads it (null when it cannot).</summary>
    public ParsedValue ParseWhole(CellType type) => CellValueParser.Parse(Token.Raw, type);

    /// <summary>A part of a splittable run as a number for a column of this type, or null where the column cannot take it.</summary>
    public static decimal? PartValue(ReadOnlySpan<char> part, CellType type)
    {
        var signed = part[0] is '+' or '-';
        var negative = part[0] == '-';
        var body = signed ? part[1..] : part;
        var hasPoint = body.Contains('.');
        var ok = type switch
        {
            CellType.Count => !signed && !hasPoint,
            CellType.SignedCount => !hasPoint,
            _ => !signed,
        };
        if (!ok || !decimal.TryParse(body, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return negative ? -value : value;
    }
}
