using Generator.Data;

namespace Generator.Import.Recognizing;

/// <summary>
/// Which row of table 2 a label names, by the words of the official label that no variant seen in
/// published reports changes (“国家秘密”, “重复申请”, “已取信息” as well as “已获取信息”). Paths as in the
/// data file: <c>received</c>, <c>withheld.state_secret</c>, <c>other_handling</c> (2019) or
/// <c>other_handling.no_correction</c> (2021).
/// </summary>
internal static class RequestRowNames
{
    private static readonly (string Path, string[] Words)[] Rows =
    [
        ("received", ["本年新收"]),
        ("carried_in", ["上年结转"]),
        ("carried_out", ["结转下年度", "结转下一年度"]),
        ("partly_disclosed", ["部分公开"]),
        ("withheld.state_secret", ["国家秘密"]),
        ("withheld.prohibited_by_law", ["禁止公开"]),
        ("withheld.three_securities_one_stability", ["三安全一稳定"]),
        ("withheld.third_party_rights", ["第三方合法权益"]),
        ("withheld.internal_affairs", ["内部事务"]),
        ("withheld.process_information", ["过程性信息"]),
        ("withheld.enforcement_case_file", ["行政执法案卷"]),
        ("withheld.administrative_query", ["行政查询"]),
        ("not_available.not_held", ["不掌握"]),
        ("not_available.would_need_creating", ["另行制作"]),
        ("not_available.still_unclear", ["仍不明确"]),
        ("not_processed.petition", ["信访举报投诉"]),
        ("not_processed.repeated", ["重复申请"]),
        ("not_processed.published_material", ["公开出版物"]),
        ("not_processed.excessive", ["大量反复申请"]),
        ("not_processed.confirmation_request", ["重新出具", "确认"]),
        ("other_handling.no_correction", ["不补正"]),
        ("other_handling.fee_unpaid", ["缴纳费用", "收费通知"]),
    ];

    /// <summary>The row a label names, or null when it names none (a group label, a header).</summary>
    public static string? PathOf(string label)
    {
        var core = Labels.Core(label);
        if (core.Length == 0)
        {
            return null;
        }

        foreach (var (path, words) in Rows)
        {
            if (words.Any(w => core.Contains(w, StringComparison.Ordinal)))
            {
                return path;
            }
        }

        return core switch
        {
            "予以公开" => "disclosed",
            "其他处理" => "other_handling",
            "其他" => "other_handling.other",
            "总计" or "合计" or "小计" => "total",
            _ => null,
        };
    }

    /// <summary>Every row of the format in the order of the form, with its label as printed on the form.</summary>
    public static IReadOnlyList<(string Path, string Label)> All(ReportFormat format)
    {
        var rows = new List<(string, string)>
        {
            ("received", "一、本年新收政府信息公开申请数量"), ("carried_in", "二、上年结转政府信息公开申请数量"),
            ("disclosed", "（一）予以公开"), ("partly_disclosed", "（二）部分公开"),
        };
        Group(rows, "withheld", RequestRows.Withheld);
        Group(rows, "not_available", RequestRows.NotAvailable);
        Group(rows, "not_processed", RequestRows.NotProcessed);
        if (format == ReportFormat.Format2021)
        {
            Group(rows, "other_handling", RequestRows.OtherHandling2021);
        }
        else
        {
            rows.Add(("other_handling", "（六）其他处理"));
        }

        rows.Add(("total", "（七）总计"));
        rows.Add(("carried_out", "四、结转下年度继续办理"));
        return rows;
    }

    private static void Group(List<(string, string)> rows, string group, IReadOnlyList<(string Key, string Label)> sub)
    {
        for (var i = 0; i < sub.Count; i++)
        {
            rows.Add(($"{group}.{sub[i].Key}", $"{i + 1}.{sub[i].Label}"));
        }
    }
}
