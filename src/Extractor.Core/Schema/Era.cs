namespace Extractor.Core.Schema;

/// <summary>The national template a report follows, decided from its table labels, never from its year.</summary>
public enum Era
{
    /// <summary>Trial format of 国办公开办函〔2019〕60号 (reporting years 2019-2020).</summary>
    Template2019,

    /// <summary>Format of 国办公开办函〔2021〕30号 (reporting year 2021 onward).</summary>
    Template2021,
}

public static class EraNames
{
    /// <summary>The value of the <c>era</c> column.</summary>
    public static string ToCsv(this Era era) => era switch
    {
        Era.Template2019 => "2019",
        Era.Template2021 => "2021",
        _ => throw new ArgumentOutOfRangeException(nameof(era)),
    };
}
