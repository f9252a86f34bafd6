namespace Extractor.FixtureGenerator.Layout;

/// <summary>Whether table 2's "信息内容 | …" header is printed before every 第二十条 group or only when it changes (quirk 9).</summary>
public enum SubTableHeaders
{
    Repeated,
    Once,
}
