using Extractor.Core.Schema;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>The paragraph before section 1: which notice the report follows, and the statistics period.</summary>
public static class Preamble
{
    public static string? Text(PreambleKind kind, Era era, int year, string agency)
    {
        var notice = kind == PreambleKind.Notice2019 || (kind != PreambleKind.None && era == Era.Template2019)
            ? "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）"
            : "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）";
        var period = kind == PreambleKind.MangledDates
            ? $"自{year}1月1日起至{year}12月31日止"
            : $"自{year}年1月1日至12月31日";

        return kind == PreambleKind.None
            ? null
            : $"本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{notice}要求编制而成。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分。本年度报告中所列数据的统计期限{period}。本报告电子版可在{agency}门户网站查阅或下载。如对本报告有疑问，请与{agency}联系。";
    }
}
