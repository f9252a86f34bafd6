using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Catalog;

/// <summary>
/// Made-up publishing bodies of every level, so fixtures look like the field without naming a real office. Each
/// fixture draws its own from about 30,000 names, so that a run over all fixtures never takes two unrelated
/// fixtures for one agency's consecutive years (the carry_chain check); the writer refuses a repeated name.
/// </summary>
public static class Agencies
{
    private static readonly string[] First =
        ["青", "临", "河", "北", "南", "东", "西", "宁", "长", "白", "江", "云", "桐", "安", "石", "松", "清", "金", "玉", "凤",
         "柳", "桃", "梅", "兰", "竹", "鹤", "双", "宝", "盛", "和", "德", "永", "泰", "新", "丰", "平"];

    private static readonly string[] Second =
        ["山", "川", "水", "阳", "原", "林", "泉", "溪", "湖", "城", "岭", "峰", "台", "乐", "口", "门", "桥", "源", "谷", "田",
         "坪", "湾", "浦", "塘", "冈", "洲"];

    /// <summary>County-level and city-level bodies, by the level of their place name.</summary>
    private static readonly string[] Departments =
        ["人民政府办公室", "人民政府", "生态环境局", "市场监督管理局", "自然资源局", "住房和城乡建设局", "教育体育局", "卫生健康局",
         "人力资源和社会保障局", "交通运输局", "农业农村局", "财政局", "民政局", "公安局", "司法局", "水利局", "应急管理局",
         "文化广电和旅游局", "审计局", "统计局", "商务局", "退役军人事务局", "医疗保障局", "林业局"];

    private static readonly string[] Levels = ["县", "市", "区"];

    /// <summary>Townships and sub-districts report through their county's portal.</summary>
    private static readonly string[] Grassroots = ["镇人民政府", "乡人民政府", "街道办事处"];

    /// <summary>
    /// An agency drawn with one draw of the fixture's generator (as a pick from a list would take), so that the values
    /// drawn after it are the same whichever names the pools hold.
    /// </summary>
    public static string Draw(SeededRandom rng)
    {
        var n = rng.NextULong();
        var place = First[(int)(n % (ulong)First.Length)] + Second[(int)(n / (ulong)First.Length % (ulong)Second.Length)];
        n /= (ulong)(First.Length * Second.Length);

        // One body in eight is a township or sub-district, the rest county- and city-level governments and departments.
        var kinds = (ulong)(Levels.Length * Departments.Length);
        var pick = n % (kinds + (kinds / 7));
        return pick < kinds
            ? place + Levels[(int)(pick % (ulong)Levels.Length)] + Departments[(int)(pick / (ulong)Levels.Length)]
            : place + Grassroots[(int)(pick % (ulong)Grassroots.Length)];
    }
}
