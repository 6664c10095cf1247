namespace Generator.Data;

/// <summary>
/// The sub-rows of table 2's groups in the order of the form: YAML key and official label (without
/// its number “1.”). One list for the reader, which names rows in messages, and for <c>new</c>, which
/// writes them with their numbers as comments.
/// </summary>
internal static class RequestRows
{
    /// <summary>（三）不予公开.</summary>
    public static IReadOnlyList<(string Key, string Label)> Withheld { get; } =
    [
        ("state_secret", "属于国家秘密"), ("prohibited_by_law", "其他法律行政法规禁止公开"),
        ("three_securities_one_stability", "危及“三安全一稳定”"), ("third_party_rights", "保护第三方合法权益"),
        ("internal_affairs", "属于三类内部事务信息"), ("process_information", "属于四类过程性信息"),
        ("enforcement_case_file", "属于行政执法案卷"), ("administrative_query", "属于行政查询事项"),
    ];

    /// <summary>（四）无法提供.</summary>
    public static IReadOnlyList<(string Key, string Label)> NotAvailable { get; } =
    [
        ("not_held", "本机关不掌握相关政府信息"), ("would_need_creating", "没有现成信息需要另行制作"),
        ("still_unclear", "补正后申请内容仍不明确"),
    ];

    /// <summary>（五）不予处理.</summary>
    public static IReadOnlyList<(string Key, string Label)> NotProcessed { get; } =
    [
        ("petition", "信访举报投诉类申请"), ("repeated", "重复申请"), ("published_material", "要求提供公开出版物"),
        ("excessive", "无正当理由大量反复申请"), ("confirmation_request", "要求行政机关确认或重新出具已获取信息"),
    ];

    /// <summary>（六）其他处理 of the 2021 format (the 2019 format has a single row).</summary>
    public static IReadOnlyList<(string Key, string Label)> OtherHandling2021 { get; } =
    [
        ("no_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("fee_unpaid", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("other", "其他"),
    ];
}
