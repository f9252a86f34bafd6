using Extractor.Core.Schema;
using Extractor.FixtureGenerator.Model;
using Extractor.FixtureGenerator.Randomness;

namespace Extractor.FixtureGenerator.Composition;

/// <summary>
/// The prose of sections 1, 5 and 6. Section 1 states some table figures in words, the way reports do, so the
/// narrative check has something to compare; every such figure is taken from the model unless the style plants a
/// disagreement, which is then recorded as an expected warning.
/// </summary>
public sealed class ProseWriter(ReportModel model, DocumentStyle style, SeededRandom rng)
{
    private static readonly string[] Fields =
    [
        "义务教育、医疗卫生、社会救助", "安全生产、食品药品、生态环境", "乡村振兴、就业创业、养老服务",
        "财政预决算、重大建设项目、公共资源配置", "市场监管、涉企收费、减税降费",
    ];

    private static readonly string[] Problems =
    [
        "主动公开的深度和广度还需进一步拓展，部分领域信息更新不够及时",
        "政策解读形式较为单一，图解、视频等多样化解读比例不高",
        "政务公开工作人员业务能力有待提升，培训的针对性还不够强",
        "依申请公开答复的规范化水平还需提高，答复文书说理不够充分",
        "政务新媒体互动回应不够及时，与群众的交流还不够深入",
    ];

    private static readonly string[] Measures =
    [
        "加强统筹协调，压实各科室公开责任，确保信息发布及时准确",
        "丰富解读形式，推动政策解读与文件同步起草、同步审签、同步发布",
        "加大业务培训力度，组织专题学习，提高工作人员依法公开意识和能力",
        "规范依申请公开办理流程，严格落实登记、审核、答复、归档各环节要求",
        "强化平台建设，持续优化政府信息公开专栏，提升用户体验",
    ];

    private readonly List<string> _warnings = [];

    public IReadOnlyList<string> Warnings => _warnings;

    public IEnumerable<string> Overview()
    {
        var year = model.Year;
        yield return $"{year}年，{model.Agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的部署要求，坚持以公开为常态、不公开为例外，持续提升政务公开质量和实效。";

        yield return $"{Sub("一")}主动公开情况。围绕{rng.Pick(Fields)}等重点领域，及时准确发布政府信息。全年通过门户网站主动公开政府信息{rng.Between(60, 2400)}条，其中政策文件{rng.Between(3, 60)}条，政策解读{rng.Between(1, 30)}篇。";

        yield return $"{Sub("二")}依申请公开情况。{Applications()}";

        var normative = Normative();
        yield return $"{Sub("三")}政府信息管理。严格落实公文公开属性源头认定机制，加强政府信息公开审查。{normative}";

        yield return $"{Sub("四")}平台建设。充分发挥政府网站第一平台作用，持续优化政府信息公开专栏设置。政务新媒体全年发布信息{rng.Between(50, 900)}条。";

        yield return $"{Sub("五")}监督保障。将政务公开工作纳入年度目标考核，全年组织政务公开业务培训{rng.Between(1, 6)}次。";
    }

    public IEnumerable<string> ProblemsAndImprovements()
    {
        var problems = Distinct(Problems, 3);
        var measures = Distinct(Measures, 3);
        yield return $"{model.Year}年，本单位政府信息公开工作取得了一定成效，但也存在一些不足：一是{problems[0]}；二是{problems[1]}；三是{problems[2]}。";
        yield return $"{model.Year + 1}年，我们将重点做好以下工作：一是{measures[0]}；二是{measures[1]}；三是{measures[2]}。";
    }

    public IEnumerable<string> OtherMatters()
    {
        yield return rng.Percent(80)
            ? $"{model.Year}年，本单位未收取信息处理费。"
            : $"依据《政府信息公开信息处理费管理办法》，本单位{model.Year}年发出收费通知0件，收取信息处理费0元。";
        yield return $"本年度共承办人大代表建议{rng.Between(0, 30)}件、政协提案{rng.Between(0, 40)}件，均已按期办结，办理结果已按规定公开。";
    }

    private string Sub(string number) => $"（{number}）{style.SubHeadingSuffix}";

    private string Applications()
    {
        var received = Figure("applications", "new_received", "total");
        var processed = Figure("applications", "total_processed", "total");
        var review = Figure("review_litigation", "review", "total");
        if (received is null || processed is null)
        {
            return "严格按照法定程序和时限办理政府信息公开申请，做到依法依规、及时答复。";
        }

        // A planted disagreement must stay a plausible count, so it goes up where going down would pass zero.
        var stated = received.Value + style.ProseNewReceivedOffset;
        if (stated < 0)
        {
            stated = received.Value - style.ProseNewReceivedOffset;
        }

        if (stated != received.Value)
        {
            _warnings.Add("narrative:new_received");
        }

        var text = stated == 0 && processed == 0
            ? "全年未收到政府信息公开申请。"
            : $"全年收到政府信息公开申请{stated}件，全年办理依申请公开{processed}件，均在法定期限内答复。";
        if (review is > 0)
        {
            text += $"因政府信息公开工作被申请行政复议{review}件。";
        }

        return text;
    }

    private string Normative()
    {
        if (model.Schema.Era != Era.Template2021)
        {
            return "及时对规范性文件进行清理，清理结果向社会公开。";
        }

        var issued = Figure("active", "normative_documents", "issued");
        var inForce = Figure("active", "normative_documents", "in_force");
        return issued is null || inForce is null
            ? "及时对行政规范性文件进行清理，清理结果向社会公开。"
            : $"{model.Year}年共制发行政规范性文件{issued}件，现行有效规范性文件{inForce}件，均已在门户网站规范性文件专栏集中公开。";
    }

    /// <summary>The figure a report's prose can state: only a printed number, never a blank or "/".</summary>
    private int? Figure(string table, string row, string column) =>
        model.Cell(table, row, column).Truth.Number is { } n ? (int)n : null;

    private List<string> Distinct(string[] pool, int count) =>
        [.. pool.Select((s, i) => (s, k: rng.NextULong() ^ (ulong)i)).OrderBy(p => p.k).Take(count).Select(p => p.s)];
}
