namespace Extractor.FixtureGenerator.Documents;

/// <summary>
/// A portal news item about disclosure work, not a report: it names the annual report and quotes figures, which is
/// exactly what a careless recogniser would take for one.
/// </summary>
public static class NewsArticle
{
    public static string Text(string agency, int year) => string.Join('\n',
    [
        "首页 > 新闻中心 > 部门动态",
        $"{agency}召开{year}年度政务公开工作推进会",
        $"发布时间：{year}-03-08 来源：{agency} 访问量：862",
        "字号：大 中 小",
        $"　　3月6日，{agency}召开{year}年度政务公开工作推进会，总结上年度政务公开工作，部署本年度重点任务。",
        $"　　会议通报了{year - 1}年政府信息公开工作年度报告编制情况。据介绍，{year - 1}年全年主动公开政府信息1260条，收到政府信息公开申请17件，均已按期答复；政务新媒体发布信息432条。",
        "　　会议要求，各科室要进一步提高思想认识，压实工作责任，严格落实公文公开属性源头认定，做好政策解读和回应关切，确保政务公开各项工作落到实处。",
        "　　会上还对政务公开业务知识进行了培训。",
        "【打印本页】 【关闭窗口】",
        string.Empty,
    ]);
}
