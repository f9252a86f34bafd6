using System.Globalization;

namespace Extractor.Crawler;

/// <summary>A set of reporting years, written <c>2023</c>, <c>2019-2024</c> or <c>2020,2022-2024</c>.</summary>
public sealed class YearSet
{
    private readonly HashSet<int> years;

    private YearSet(HashSet<int> years) => this.years = years;

    public bool Contains(int year) => years.Contains(year);

    public override string ToString() => string.Join(',', years.Order());

    /// <exception cref="FormatException">Not a year list.</exception>
    public static YearSet Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var years = new HashSet<int>();
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', 1);
            var from = Year(dash < 0 ? part : part[..dash]);
            var to = dash < 0 ? from : Year(part[(dash + 1)..]);
            if (to < from || to - from > 100)
            {
                throw new FormatException($"'{part}' is not a range of years");
            }

            for (var y = from; y <= to; y++)
            {
                years.Add(y);
            }
        }

        return years.Count > 0 ? new YearSet(years) : throw new FormatException($"'{text}' names no year");
    }

    private static int Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100
            ? y
            : throw new FormatException($"'{text}' is not a year");
}
