using System.Globalization;
using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Recognition;
using Extractor.Core.Schema;
using Extractor.Core.Values;
using Extractor.Readers.Text;

namespace Extractor.Tests.Recognition.Recovery;

/// <summary>
/// Random reports that keep every identity of their template, flattened as get_text() does: the whole report on one
/// line, the cells of a row glued or spaced at random, blank cells dropped, enumerators glued to the numbers before
/// them. Shared by the property test and the benchmark tool that runs it over tens of thousands of reports.
/// </summary>
public static class GluedReports
{
    public sealed record Truth(ValueKind Kind, decimal? Number);

    public sealed record Report(string Text, TemplateSchema Schema, Dictionary<CellKey, Truth> Cells);

    /// <summary>What one trial found: cells placed, those placed by the recovery, and any that differ from the truth.</summary>
    public sealed record Outcome(int Reports, int NotTemplate, int Complete, long Cells, long Placed, long Recovered, List<string> Wrong)
    {
        /// <summary>Cells and cells placed, by table.</summary>
        public SortedDictionary<string, (long Cells, long Placed)> ByTable { get; } = new(StringComparer.Ordinal);
    }

    public static Report Make(Random rng, TemplateSchema schema)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentNullException.ThrowIfNull(schema);
        var values = new Dictionary<CellKey, decimal>();
        foreach (var row in schema.Table("active").Rows)
        {
            foreach (var column in row.Columns)
            {
                values[new("active", row.Key, column.Key)] = Figure(rng, column.Type);
            }
        }

        Applications(rng, schema, values);
        foreach (var row in schema.Table("review_litigation").Rows)
        {
            decimal sum = 0;
            foreach (var column in row.Columns.Where(c => c.Key != "total"))
            {
                var v = rng.Next(10) < 7 ? 0 : rng.Next(1, rng.Next(2) == 0 ? 10 : 200);
                values[new("review_litigation", row.Key, column.Key)] = v;
                sum += v;
            }

            values[new("review_litigation", row.Key, "total")] = sum;
        }

        // Some reports leave their zeros blank; once flattened a blank leaves nothing at all.
        var blankZeros = rng.Next(4) == 0;
        var truth = values.ToDictionary(
            kv => kv.Key,
            kv => blankZeros && kv.Value == 0 && kv.Key.Table != "active" ? new Truth(ValueKind.Empty, null) : new Truth(ValueKind.Number, kv.Value));
        return new Report(Flatten(rng, schema, truth), schema, truth);
    }

    private static decimal Figure(Random rng, CellType type)
    {
        if (rng.Next(10) < 5)
        {
            return 0;
        }

        var magnitude = (int)Math.Pow(10, rng.Next(1, 4));
        return type switch
        {
            CellType.SignedCount => rng.Next(-magnitude + 1, magnitude),
            CellType.Amount10kYuan or CellType.Amount => rng.Next(2) == 0 ? rng.Next(1, magnitude) : Math.Round((decimal)rng.NextDouble() * magnitude, 2) + 0.01m,
            _ => rng.Next(1, magnitude),
        };
    }

    private static void Applications(Random rng, TemplateSchema schema, Dictionary<CellKey, decimal> values)
    {
        var table = schema.Table("applications");
        var results = schema.Identities.Single(i => i.Id == "results_sum").Right;
        var applicants = table.Rows[0].Columns.Select(c => c.Key).Where(c => c != "total").ToArray();
        foreach (var row in table.Rows)
        {
            foreach (var c in applicants)
            {
                values[new("applications", row.Key, c)] = 0;
            }
        }

        foreach (var c in applicants)
        {
            var busy = c == "natural_person" ? 8 : 3;
            var received = rng.Next(10) < busy ? rng.Next(1, rng.Next(3) == 0 ? 400 : 30) : 0;
            var carried = rng.Next(10) < 2 ? rng.Next(1, 6) : 0;
            var forward = rng.Next(10) < 2 ? rng.Next(0, received + carried + 1) : 0;
            var processed = received + carried - forward;
            values[new("applications", "new_received", c)] = received;
            values[new("applications", "carried_over", c)] = carried;
            values[new("applications", "carried_forward", c)] = forward;
            values[new("applications", "total_processed", c)] = processed;
            for (var left = processed; left > 0;)
            {
                var share = rng.Next(1, left + 1);
                var into = rng.Next(3) == 0 ? results[rng.Next(results.Count)] : results[rng.Next(3)];
                values[new("applications", into, c)] += share;
                left -= share;
            }
        }

        foreach (var row in table.Rows)
        {
            values[new("applications", row.Key, "total")] = applicants.Sum(c => values[new("applications", row.Key, c)]);
        }
    }

    private static readonly Dictionary<string, string> GroupLabels = new(StringComparer.Ordinal)
    {
        ["granted"] = "三、本年度办理结果",
        ["denied_state_secret"] = "（三）不予公开",
        ["unable_not_held"] = "（四）无法提供",
        ["rejected_petition"] = "（五）不予处理",
        ["other_no_correction"] = "（六）其他处理",
    };

    private static string Flatten(Random rng, TemplateSchema schema, Dictionary<CellKey, Truth> truth)
    {
        // Per report: cells glued, spaced, or either at random; rows glued to each other or not.
        var style = rng.Next(3);
        string Gap() => style switch { 0 => string.Empty, 1 => " ", _ => rng.Next(2) == 0 ? string.Empty : " " };
        var sb = new StringBuilder();
        var era = schema.Era == Era.Template2021 ? "2021" : "2019";
        var year = schema.Era == Era.Template2021 ? 2023 : 2020;
        sb.Append(CultureInfo.InvariantCulture, $"首页 > 信息公开 > 年报 临河县交通运输局{year}年政府信息公开工作年度报告 发布时间：{year + 1}-01-20 ");
        sb.Append(CultureInfo.InvariantCulture, $"本报告依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔{era}〕号）要求编制。统计期限自{year}年1月1日至12月31日。");
        sb.Append("一、总体情况").Append(Gap()).Append("本机关认真落实政务公开工作要求。");
        var received = truth[new("applications", "new_received", "total")];
        if (rng.Next(2) == 0 && received.Number is { } n)
        {
            sb.Append(CultureInfo.InvariantCulture, $"全年收到政府信息公开申请{n}件，均按时答复。");
        }

        var normative = truth[new("active", "normative_documents", schema.Era == Era.Template2021 ? "issued" : "made")];
        if (schema.Era == Era.Template2021 && rng.Next(2) == 0 && normative.Number is { } issued)
        {
            var inForce = truth[new("active", "normative_documents", "in_force")].Number;
            sb.Append(CultureInfo.InvariantCulture, $"全年制发行政规范性文件{issued}件，现行有效规范性文件{inForce}件。");
        }

        sb.Append(Gap()).Append("二、主动公开政府信息情况").Append(Gap());
        foreach (var row in schema.Table("active").Rows)
        {
            if (ActiveHeader(schema.Era, row.Key) is { } header)
            {
                sb.Append(header).Append(Gap());
            }

            Row(sb, row.Label, schema, "active", row, truth, Gap);
        }

        sb.Append("三、收到和处理政府信息公开申请情况").Append(Gap())
          .Append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况").Append(Gap())
          .Append("自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他").Append(Gap());
        foreach (var row in schema.Table("applications").Rows)
        {
            if (GroupLabels.TryGetValue(row.Key, out var group))
            {
                sb.Append(group).Append(Gap());
            }

            Row(sb, row.Label, schema, "applications", row, truth, Gap);
        }

        sb.Append("四、政府信息公开行政复议、行政诉讼情况").Append(Gap())
          .Append("行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 ")
          .Append("结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计").Append(Gap());
        foreach (var row in schema.Table("review_litigation").Rows)
        {
            foreach (var column in row.Columns)
            {
                sb.Append(Printed(truth[new("review_litigation", row.Key, column.Key)], column.Type)).Append(Gap());
            }
        }

        sb.Append("五、存在的主要问题及改进情况").Append(Gap()).Append("公开内容还不够全面。").Append("六、其他需要报告的事项").Append(Gap()).Append("无。");
        return sb.ToString();
    }

    private static string? ActiveHeader(Era era, string row) => (era, row) switch
    {
        (Era.Template2021, "rules") => "第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数",
        (Era.Template2021, "licensing") => "第二十条第（五）项 信息内容 本年处理决定数量",
        (Era.Template2021, "penalty") => "第二十条第（六）项 信息内容 本年处理决定数量",
        (Era.Template2021, "fees") => "第二十条第（八）项 信息内容 本年收费金额（单位：万元）",
        (Era.Template2019, "rules") => "第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
        (Era.Template2019, "licensing") => "第二十条第（五）项 信息内容 上一年项目数量 本年增/减 处理决定数量",
        (Era.Template2019, "penalty") => "第二十条第（六）项 信息内容 上一年项目数量 本年增/减 处理决定数量",
        (Era.Template2019, "fees") => "第二十条第（八）项 信息内容 上一年项目数量 本年增/减",
        (Era.Template2019, "procurement") => "第二十条第（九）项 信息内容 采购项目数量 采购总金额",
        _ => null,
    };

    private static void Row(StringBuilder sb, string label, TemplateSchema schema, string table, RowSchema row, Dictionary<CellKey, Truth> truth, Func<string> gap)
    {
        sb.Append(label).Append(gap());
        foreach (var column in row.Columns)
        {
            var printed = Printed(truth[new(table, row.Key, column.Key)], column.Type);
            if (printed.Length > 0)
            {
                sb.Append(printed).Append(gap());
            }
        }
    }

    private static string Printed(Truth truth, CellType type) => truth.Number switch
    {
        null => string.Empty,
        { } n when type == CellType.SignedCount && n > 0 => "+" + n.ToString(CultureInfo.InvariantCulture),
        { } n => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Makes <paramref name="count"/> reports from <paramref name="seed"/>, both eras, and compares every cell read with the truth.</summary>
    public static Outcome Run(int seed, int count)
    {
        var rng = new Random(seed);
        long cells = 0, placed = 0, recovered = 0;
        var notTemplate = 0;
        var complete = 0;
        var byTable = new Dictionary<string, (long Cells, long Placed)>(StringComparer.Ordinal);
        var wrong = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var report = Make(rng, TemplateSchema.All[i % 2]);
            var read = Recogniser.Recognise(DocumentContent.Of("txt", PlainTextReader.ReadText(report.Text)));
            cells += report.Cells.Count;
            if (read.Kind != DocumentKind.TemplateReport || read.Era != report.Schema.Era)
            {
                notTemplate++;
                continue;
            }

            complete += read.Cells.Count == report.Cells.Count ? 1 : 0;
            foreach (var table in report.Cells.Keys.GroupBy(k => k.Table))
            {
                var (c, p) = byTable.GetValueOrDefault(table.Key);
                byTable[table.Key] = (c + table.Count(), p + table.Count(read.Cells.ContainsKey));
            }

            foreach (var cell in read.Cells.Values)
            {
                placed++;
                recovered += cell.Location is RecoveredLocation ? 1 : 0;
                var t = report.Cells[cell.Key];
                if (t.Kind != cell.Kind || t.Number != cell.Number)
                {
                    wrong.Add($"report {i}: {cell.Key} read {cell.Kind} {cell.Number} from '{cell.Raw}' at {cell.Location}, truth {t.Kind} {t.Number}");
                }
            }
        }

        var outcome = new Outcome(count, notTemplate, complete, cells, placed, recovered, wrong);
        foreach (var (table, n) in byTable)
        {
            outcome.ByTable[table] = n;
        }

        return outcome;
    }
}
