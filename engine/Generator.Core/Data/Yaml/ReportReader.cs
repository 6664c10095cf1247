using System.Globalization;
using Generator.Diagnostics;
using Generator.Validation;
using YamlDotNet.RepresentationModel;

namespace Generator.Data.Yaml;

/// <summary>Reads <c>&lt;year&gt;.yaml</c> into a <see cref="Report"/>, reporting every problem found.</summary>
internal static class ReportReader
{
    public static Report? Read(MapReader map, Bureau bureau, int? yearOfFileName)
    {
        var year = ReadYear(map, yearOfFileName);
        var format = ReadFormat(map, year);
        var title = map.Text("title", "标题");
        var standardIntro = map.Boolean("standard_intro", "是否生成标准前言") ?? false;
        var intro = map.Narrative("intro", "前言", required: false);
        var overview = map.Narrative("overview", "一、总体情况", required: true);

        var proactiveMap = map.Map("proactive_disclosure", "二、主动公开政府信息情况");
        var proactive = proactiveMap is null ? null : ProactiveReader.Read(proactiveMap, format);
        var requestsMap = map.Map("requests", "三、收到和处理政府信息公开申请情况");
        var requests = requestsMap is null ? null : RequestsReader.Read(requestsMap, format);
        var appealsMap = map.Map("appeals", "四、政府信息公开行政复议、行政诉讼情况");
        var appeals = appealsMap is null ? null : ReadAppeals(appealsMap);

        var problems = map.Narrative("problems_and_improvements", "五、存在的主要问题及改进情况", required: true);
        var other = map.Narrative("other_matters", "六、其他需要报告的事项", required: true);
        var fee = MoneyReader.Read(map, "processing_fee", "信息处理费");
        var signedOn = ReadDate(map, "signed_on", "落款日期");
        var contact = BureauReader.ReadContact(map);
        var signature = map.Text("signature", "落款单位");
        var waivers = ReadWaivers(map);
        map.ReportUnknownKeys();

        if (year is null || overview is null || proactive is null || requests is null || appeals is null || problems is null || other is null)
        {
            return null;
        }

        // The year's own contact details and signature replace the bureau's for this report only.
        bureau = bureau with
        {
            Contact = contact is null ? bureau.Contact : bureau.Contact?.With(contact) ?? contact,
            Signature = signature ?? bureau.Signature,
        };
        return new Report(bureau, year.Value, format, title ?? $"{bureau.Agency}{year}年政府信息公开工作年度报告", standardIntro, intro,
            overview, proactive, requests, appeals, problems, other, fee, signedOn, waivers, map.Span);
    }

    private static int? ReadYear(MapReader map, int? yearOfFileName)
    {
        var node = map.Required("year", "报告年度");
        if (node is null)
        {
            return yearOfFileName;
        }

        var span = YamlSpans.Of(map.File, node);
        if (node is not YamlScalarNode scalar || !MapReader.TryInt(scalar, out var year) || year < 2008 || year > 2100)
        {
            map.Diagnostics.Error(DiagnosticCode.NotAnInteger, span, $"year（报告年度）应是四位年份，这里写的是“{MapReader.Describe(node)}”");
            return null;
        }

        if (yearOfFileName is not null && yearOfFileName != year)
        {
            map.Diagnostics.Error(DiagnosticCode.YearMismatch, span, $"文件名是 {yearOfFileName}.yaml，但 year 写的是 {year}",
                "请把文件改名，或改正 year。");
        }

        return year;
    }

    private static ReportFormat ReadFormat(MapReader map, int? year)
    {
        var byYear = ReportFormats.ForYear(year ?? 2021);
        var node = map.Optional("format");
        if (node is null || MapReader.IsNull(node))
        {
            return byYear;
        }

        if (node is YamlScalarNode { Value: { } text } && ReportFormats.TryParse(text, out var format))
        {
            return format;
        }

        map.Diagnostics.Error(DiagnosticCode.UnknownFormat, YamlSpans.Of(map.File, node),
            $"未知的官方格式“{MapReader.Describe(node)}”，只能是 2019 或 2021",
            "2019–2020 年度用 2019 格式，2021 年度起用 2021 格式；按年度选择时可删去 format 一行。");
        return byYear;
    }

    private static DateOnly? ReadDate(MapReader map, string key, string chineseName)
    {
        var node = map.Optional(key);
        if (node is null || MapReader.IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        map.Diagnostics.Error(DiagnosticCode.InvalidDate, YamlSpans.Of(map.File, node),
            $"{key}（{chineseName}）应写成 年-月-日，如 2021-01-20，这里写的是“{MapReader.Describe(node)}”");
        return null;
    }

    private static Appeals? ReadAppeals(MapReader map)
    {
        var note = map.Narrative("note", "表前说明", required: false);
        var columns = TableColumns.Results;
        var reconsideration = FigureReader.Row(map, "reconsideration", "行政复议", columns);
        var direct = FigureReader.Row(map, "direct_suit", "未经复议直接起诉", columns);
        var after = FigureReader.Row(map, "suit_after_reconsideration", "复议后起诉", columns);
        map.ReportUnknownKeys();
        return new Appeals(note, reconsideration, direct, after);
    }

    private static List<Waiver> ReadWaivers(MapReader map)
    {
        var waivers = new List<Waiver>();
        var node = map.Optional("waivers");
        if (node is null || MapReader.IsNull(node))
        {
            return waivers;
        }

        if (node is not YamlSequenceNode list)
        {
            map.Diagnostics.Error(DiagnosticCode.InvalidWaiver, YamlSpans.Of(map.File, node), "waivers 应是一个列表，每项以 “- at:” 开头");
            return waivers;
        }

        foreach (var item in list)
        {
            var entry = map.AsMap(item, "waivers[]", "照录说明");
            if (entry is null)
            {
                continue;
            }

            var at = entry.Text("at", "适用的行", required: true);
            var relation = entry.Text("relation", "勾稽关系编号");
            var reason = entry.Text("reason", "理由", required: true);
            entry.ReportUnknownKeys();
            if (relation is not null && !RelationIds.All.Contains(relation))
            {
                map.Diagnostics.Error(DiagnosticCode.InvalidWaiver, entry.SpanOf("relation"), $"relation 只能是 {string.Join("、", RelationIds.All)} 之一，这里写的是“{relation}”",
                    "R1–R6 见 docs/data-format.md 的勾稽关系表，C1–C3 为跨年度核对，N1 为叙述与表格的数字，N2 为叙述重复上一年度的文字；不写 relation 则适用于这一行的全部关系。");
            }
            else if (at is not null && reason is not null)
            {
                waivers.Add(new Waiver(at, relation, reason, entry.Span));
            }
        }

        return waivers;
    }
}
