using System.Text.RegularExpressions;

namespace Extractor.Output;

/// <summary>
/// Keeps text cells from running as formulas when a CSV is opened in Excel or LibreOffice ("CSV injection").
/// </summary>
/// <remarks>
/// The fields carry text copied from documents on the open web (titles, prose, raw cell text), and the files are
/// opened in spreadsheets by people who did not write them: a field such as <c>=HYPERLINK(...)</c> or
/// <c>@SUM(...)</c> would run. A field starting with <c>=</c>, <c>@</c>, tab or CR, or with <c>+</c> or <c>-</c> when
/// it is not a plain number, gets a leading apostrophe, which spreadsheets read as "this cell is text". Plain numbers
/// such as <c>-5</c> or <c>+3.5</c> are left alone so that negative figures stay numbers for pandas, R and Stata.
/// CsvHelper's own injection option is not used because it cannot tell a negative number written as text from a formula.
/// </remarks>
public static partial class SpreadsheetFormulaGuard
{
    public const char Escape = '\'';

    public static string Protect(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Length == 0)
        {
            return field;
        }

        var protect = field[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            // A lone "-" is the commonest no-value mark in the tables and no spreadsheet reads it as a formula.
            '+' or '-' => field != "-" && !PlainNumber().IsMatch(field),
            _ => false,
        };
        return protect ? Escape + field : field;
    }

    [GeneratedRegex(@"\A[+-]?[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
