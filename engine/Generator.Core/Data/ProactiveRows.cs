namespace Generator.Data;

/// <summary>
/// The rows of table 1 in each format, in the order of the form: YAML key and official label. One
/// list for the reader, the checkers and <c>new</c>, which all walk the same rows.
/// </summary>
internal static class ProactiveRows
{
    /// <summary>2019 （一）: 本年新制作数量 / 本年新公开数量 / 对外公开总数量.</summary>
    public static IReadOnlyList<(string Key, string Label)> Documents2019 { get; } = [("rules", "规章"), ("normative_documents", "规范性文件")];

    /// <summary>2019 （五）（六）（八）: 上一年项目数量 / 本年增/减, and 处理决定数量 except for 收费.</summary>
    public static IReadOnlyList<(string Key, string Label, bool WithDecisions)> Items2019 { get; } =
    [
        ("licensing", "行政许可", true), ("other_public_services", "其他对外管理服务事项", true),
        ("penalties", "行政处罚", true), ("enforcement", "行政强制", true), ("fees", "行政事业性收费", false),
    ];

    /// <summary>2021 （一）: 本年制发件数 / 本年废止件数 / 现行有效件数.</summary>
    public static IReadOnlyList<(string Key, string Label)> Documents2021 { get; } = [("rules", "规章"), ("normative_documents", "行政规范性文件")];

    /// <summary>2021 （五）（六）: 本年处理决定数量.</summary>
    public static IReadOnlyList<(string Key, string Label)> Decisions2021 { get; } = [("licensing", "行政许可"), ("penalties", "行政处罚"), ("enforcement", "行政强制")];
}
