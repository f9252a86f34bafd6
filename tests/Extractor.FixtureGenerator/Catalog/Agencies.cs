namespace Extractor.FixtureGenerator.Catalog;

/// <summary>Made-up publishing bodies of every level, so fixtures look like the field without naming a real office.</summary>
public static class Agencies
{
    public static IReadOnlyList<string> All { get; } =
    [
        "青石县人民政府办公室",
        "临川市生态环境局",
        "河西区市场监督管理局",
        "北岸县自然资源局",
        "南湖区人民政府",
        "东平镇人民政府",
        "西溪街道办事处",
        "宁远市住房和城乡建设局",
        "长丰县教育体育局",
        "白水县卫生健康局",
        "江口市人力资源和社会保障局",
        "云台区交通运输局",
        "桐乡县农业农村局",
        "安和市财政局",
        "石门县民政局",
        "松岭市公安局",
    ];
}
