namespace Extractor.Core.Schema;

/// <summary>
/// The two national templates, as in shared/spec/report-format.md (国办公开办函〔2019〕60号 and 〔2021〕30号).
/// Aliases are core phrases, compared after <see cref="Text.LabelFold"/> folding; a new local variant is usually one more alias.
/// </summary>
public static class Templates
{
    public static IReadOnlyList<SectionSchema> Sections { get; } =
    [
        new(1, "一、总体情况", [["总体情况"], ["概述"], ["基本情况"], ["总体概况"]]),
        new(2, "二、主动公开政府信息情况", [["主动公开", "情况"]]),
        new(3, "三、收到和处理政府信息公开申请情况", [["收到和处理"], ["依申请", "情况"], ["收到", "申请情况"]]),
        new(4, "四、政府信息公开行政复议、行政诉讼情况", [["复议", "诉讼"]]),
        new(5, "五、存在的主要问题及改进情况", [["存在", "问题"], ["改进情况"]]),
        new(6, "六、其他需要报告的事项", [["其他需要报告"], ["其他需报告"]]),
    ];

    private static readonly string[] ApplicantColumns =
        ["natural_person", "business", "research", "social_welfare", "legal_service", "other_org", "total"];

    private static readonly string[] ApplicantLabels =
        ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    private static IReadOnlyList<ColumnSchema> Applicants { get; } =
        [.. ApplicantColumns.Select((k, i) => new ColumnSchema(k, ApplicantLabels[i], CellType.Count))];

    private static RowSchema Applicant(string key, string label, string[] aliases, string? group = null, string[]? context = null) =>
        new(key, label, aliases, Applicants, group, context);

    private static ColumnSchema Count(string key, string label) => new(key, label, CellType.Count);

    private static readonly string[] ApplicationsHeader =
        ["申请人情况", "自然人", "法人或其他组织", "商业", "企业", "科研", "机构", "社会公益", "法律服务", "总计", "勾稽关系", "第一项", "本列数据"];

    private static readonly string[] ApplicationsAnchors = ["申请人情况", "本年新收政府信息公开申请", "法人或其他组织"];

    private static RowSchema[] ApplicationRowsBefore() =>
    [
        Applicant("new_received", "一、本年新收政府信息公开申请数量", ["本年新收"]),
        Applicant("carried_over", "二、上年结转政府信息公开申请数量", ["上年结转"]),
        Applicant("granted", "（一）予以公开", ["予以公开"], "results"),
        Applicant("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ["部分公开"], "results"),
        Applicant("denied_state_secret", "1.属于国家秘密", ["国家秘密"], "denied"),
        Applicant("denied_prohibited_by_law", "2.其他法律行政法规禁止公开", ["法律行政法规禁止", "禁止公开"], "denied"),
        Applicant("denied_security_stability", "3.危及“三安全一稳定”", ["三安全一稳定", "危及"], "denied"),
        Applicant("denied_third_party", "4.保护第三方合法权益", ["第三方合法权益", "保护第三方"], "denied"),
        Applicant("denied_internal_affairs", "5.属于三类内部事务信息", ["内部事务"], "denied"),
        Applicant("denied_process_info", "6.属于四类过程性信息", ["过程性信息"], "denied"),
        Applicant("denied_enforcement_files", "7.属于行政执法案卷", ["执法案卷"], "denied"),
        Applicant("denied_query_matters", "8.属于行政查询事项", ["行政查询"], "denied"),
        Applicant("unable_not_held", "1.本机关不掌握相关政府信息", ["不掌握"], "unable"),
        Applicant("unable_needs_creation", "2.没有现成信息需要另行制作", ["另行制作", "没有现成信息"], "unable"),
        Applicant("unable_unclear", "3.补正后申请内容仍不明确", ["仍不明确", "补正后申请"], "unable"),
        Applicant("rejected_petition", "1.信访举报投诉类申请", ["信访举报投诉", "信访举报"], "rejected"),
        Applicant("rejected_duplicate", "2.重复申请", ["重复申请"], "rejected"),
        Applicant("rejected_publication", "3.要求提供公开出版物", ["公开出版物"], "rejected"),
        Applicant("rejected_excessive", "4.无正当理由大量反复申请", ["大量反复"], "rejected"),
        Applicant("rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息", ["重新出具", "确认或重新"], "rejected"),
    ];

    private static RowSchema[] ApplicationRowsAfter() =>
    [
        Applicant("total_processed", "（七）总计", ["(七)总计", "(七)合计"], "results", ["总计", "合计"]),
        Applicant("carried_forward", "四、结转下年度继续办理", ["结转下年度", "结转下一年度"]),
    ];

    private static GroupSchema[] ApplicationGroups(bool otherIsGroup) =>
    [
        new("results", ["本年度办理结果", "办理结果"]),
        new("denied", ["不予公开"], "results"),
        new("unable", ["无法提供"], "results"),
        new("rejected", ["不予处理"], "results"),
        .. otherIsGroup ? new GroupSchema[] { new("other_processing", ["其他处理"], "results") } : [],
    ];

    private static TableSchema Applications(RowSchema[] otherRows, bool otherIsGroup) => new(
        "applications",
        3,
        TableLayout.LabelledRows,
        [.. ApplicationRowsBefore(), .. otherRows, .. ApplicationRowsAfter()],
        ApplicationGroups(otherIsGroup),
        ApplicationsAnchors,
        ApplicationsHeader);

    private static readonly string[] ReviewColumns = ["upheld", "corrected", "other", "pending", "total"];
    private static readonly string[] ReviewLabels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    private static TableSchema ReviewLitigation { get; } = new(
        "review_litigation",
        4,
        TableLayout.SingleRun,
        [
            new("review", "行政复议", ["行政复议"], [.. ReviewColumns.Select((k, i) => Count(k, ReviewLabels[i]))]),
            new("litigation_direct", "行政诉讼 未经复议直接起诉", ["未经复议"], [.. ReviewColumns.Select((k, i) => Count(k, ReviewLabels[i]))]),
            new("litigation_after_review", "行政诉讼 复议后起诉", ["复议后起诉"], [.. ReviewColumns.Select((k, i) => Count(k, ReviewLabels[i]))]),
        ],
        [],
        ["未经复议直接起诉", "复议后起诉"],
        ["行政复议", "行政诉讼", "结果", "维持", "纠正", "其他", "尚未", "审结", "总计", "复议", "起诉"]);

    private static readonly string[] ActiveHeader =
        ["信息内容", "第二十条", "本年", "数量", "件数", "金额", "项目", "增/减", "增减", "单位"];

    private static readonly string[] ActiveAnchors = ["第二十条第", "信息内容"];

    private static ColumnSchema[] Published() =>
        [Count("made", "本年新制作数量"), Count("published", "本年新公开数量"), Count("total_published", "对外公开总数量")];

    private static ColumnSchema[] Decided() =>
        [Count("prior_items", "上一年项目数量"), new("change", "本年增/减", CellType.SignedCount), Count("decisions", "处理决定数量")];

    private static Identity[] Identities(string[] otherRows) =>
    [
        new("balance", "applications", IdentityAxis.EachColumn, ["new_received", "carried_over"], ["total_processed", "carried_forward"]),
        new(
            "results_sum",
            "applications",
            IdentityAxis.EachColumn,
            ["total_processed"],
            [
                "granted", "partially_granted",
                "denied_state_secret", "denied_prohibited_by_law", "denied_security_stability", "denied_third_party",
                "denied_internal_affairs", "denied_process_info", "denied_enforcement_files", "denied_query_matters",
                "unable_not_held", "unable_needs_creation", "unable_unclear",
                "rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_excessive", "rejected_confirmation",
                .. otherRows,
            ]),
        new("row_total", "applications", IdentityAxis.EachRow, ["total"], ["natural_person", "business", "research", "social_welfare", "legal_service", "other_org"]),
        new("review_total", "review_litigation", IdentityAxis.EachRow, ["total"], ["upheld", "corrected", "other", "pending"]),
    ];

    // Prose that states a table number; the number must sit close to its keywords, so that 不予公开112件 counting
    // documents elsewhere in a sentence is not read as a count of applications.
    private static readonly NarrativeFact[] NarrativeApplications =
    [
        new("new_received", @"(?:新收|收到|受理)[^，。；,;\d]{0,14}?申请[^，。；,;\d]{0,4}?(\d+)\s*件", new("applications", "new_received", "total")),
        new("total_processed", @"办理[^，。；,;\d]{0,14}?(?:依申请|申请)[^，。；,;\d]{0,8}?(\d+)\s*件", new("applications", "total_processed", "total")),
        new("review", @"(?:收到|发生|被申请)行政复议[^，。；,;\d]{0,4}?(\d+)\s*(?:件|起)", new("review_litigation", "review", "total")),
    ];

    private static NarrativeFact[] Narrative2021 { get; } =
    [
        .. NarrativeApplications,
        new("normative_issued", @"制发(?:行政)?规范性文件(\d+)\s*件", new("active", "normative_documents", "issued")),
        new("normative_in_force", @"现行有效(?:的)?(?:行政)?规范性文件(\d+)\s*件", new("active", "normative_documents", "in_force")),
    ];

    private static NarrativeFact[] Narrative2019 { get; } = [.. NarrativeApplications];

    // Declared last: static initialisers run in text order and these use everything above.
    public static TemplateSchema Template2021 { get; } = new(
        Era.Template2021,
        Sections,
        [
            new(
                "active",
                2,
                TableLayout.LabelledRows,
                [
                    new("rules", "规章", ["规章"], [Count("issued", "本年制发件数"), Count("repealed", "本年废止件数"), Count("in_force", "现行有效件数")]),
                    new("normative_documents", "行政规范性文件", ["规范性文件", "规范性档案"], [Count("issued", "本年制发件数"), Count("repealed", "本年废止件数"), Count("in_force", "现行有效件数")]),
                    new("licensing", "行政许可", ["行政许可"], [Count("decisions", "本年处理决定数量")]),
                    new("penalty", "行政处罚", ["行政处罚"], [Count("decisions", "本年处理决定数量")]),
                    new("coercion", "行政强制", ["行政强制"], [Count("decisions", "本年处理决定数量")]),
                    new("fees", "行政事业性收费", ["行政事业性收费"], [new("amount_10k_yuan", "本年收费金额（单位：万元）", CellType.Amount10kYuan)]),
                ],
                [],
                ActiveAnchors,
                ActiveHeader),
            Applications(
                [
                    Applicant("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["逾期不补正"], "other_processing"),
                    Applicant("other_fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ["缴纳费用", "收费通知"], "other_processing"),
                    Applicant("other_other", "3.其他", [], "other_processing", ["其他"]),
                ],
                otherIsGroup: true),
            ReviewLitigation,
        ],
        ["本年制发件数", "本年废止件数", "现行有效件数", "逾期不补正", "缴纳费用", "本年收费金额"],
        Identities(["other_no_correction", "other_fee_unpaid", "other_other"]),
        Narrative2021);

    public static TemplateSchema Template2019 { get; } = new(
        Era.Template2019,
        Sections,
        [
            new(
                "active",
                2,
                TableLayout.LabelledRows,
                [
                    new("rules", "规章", ["规章"], Published()),
                    new("normative_documents", "规范性文件", ["规范性文件", "规范性档案"], Published()),
                    new("licensing", "行政许可", ["行政许可"], Decided()),
                    new("other_services", "其他对外管理服务事项", ["其他对外管理服务事项", "对外管理服务"], Decided()),
                    new("penalty", "行政处罚", ["行政处罚"], Decided()),
                    new("coercion", "行政强制", ["行政强制"], Decided()),
                    new("fees", "行政事业性收费", ["行政事业性收费"], [Count("prior_items", "上一年项目数量"), new("change", "本年增/减", CellType.SignedCount)]),
                    new("procurement", "政府集中采购", ["政府集中采购"], [Count("items", "采购项目数量"), new("amount", "采购总金额", CellType.Amount)]),
                ],
                [],
                ActiveAnchors,
                ActiveHeader),
            Applications(
                [Applicant("other", "（六）其他处理", ["其他处理"], "results")],
                otherIsGroup: false),
            ReviewLitigation,
        ],
        ["本年新制作数量", "本年新公开数量", "对外公开总数量", "政府集中采购", "上一年项目数量", "其他对外管理服务事项", "采购总金额"],
        Identities(["other"]),
        Narrative2019);
}
