namespace Extractor.FixtureGenerator.Composition;

/// <summary>What a portal page puts around the article once its text is scraped (quirk 19).</summary>
public static class PageChrome
{
    public static IEnumerable<string> Head(string title, string agency, int year, int visits) =>
    [
        "登录 | 注册 | 无障碍浏览 | 长者模式",
        $"{agency}门户网站",
        "首页 > 政务公开 > 政府信息公开年报",
        title,
        $"发布时间：{year + 1}-01-20 来源：{agency} 访问量：{visits}",
        "字号：大 中 小",
        "【打印本页】 【关闭窗口】",
    ];

    public static IEnumerable<string> Foot(string agency) =>
    [
        "【打印本页】 【关闭窗口】",
        "分享到：",
        "扫一扫在手机打开当前页",
        $"主办单位：{agency}  网站标识码：1300000017  冀ICP备05012345号-1",
        "建议使用1920×1080分辨率浏览",
    ];
}
