namespace Extractor.FixtureGenerator.Layout;

/// <summary>How narrow header cells of tables 3 and 4 break their words (quirks 5 and 6).</summary>
public enum HeaderWrap
{
    /// <summary>Each label whole.</summary>
    None,

    /// <summary>Four- and six-character labels broken over two lines in the cell ("商业\n企业"), as in the seed.</summary>
    TwoLines,

    /// <summary>The same break flattened to a space ("商业 企业").</summary>
    Space,

    /// <summary>Vertically set: one character per line ("自\n然\n人").</summary>
    Vertical,
}

/// <summary>Applies a <see cref="HeaderWrap"/> to a label.</summary>
public static class HeaderWrapping
{
    public static string Apply(string label, HeaderWrap wrap) => wrap switch
    {
        HeaderWrap.TwoLines => Split(label) is var (a, b) ? $"{a}\n{b}" : label,
        HeaderWrap.Space => Split(label) is var (c, d) ? $"{c} {d}" : label,
        HeaderWrap.Vertical => string.Join('\n', label.Select(ch => ch.ToString())),
        _ => label,
    };

    /// <summary>Where a narrow column breaks a label: 商业|企业, 社会公益|组织, 法律服务|机构; short labels stay whole.</summary>
    public static (string First, string Second)? Split(string label) => label.Length switch
    {
        4 => (label[..2], label[2..]),
        6 => (label[..4], label[4..]),
        _ => null,
    };
}
