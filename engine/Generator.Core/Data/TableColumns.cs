namespace Generator.Data;

/// <summary>
/// The column names of tables 2 and 3 as printed on the form, 总计 last: messages name a cell by its
/// column (“自然人”), which is what staff see, never by its index in the YAML list.
/// </summary>
public static class TableColumns
{
    /// <summary>Table 2: the six applicant columns, then 总计.</summary>
    public static IReadOnlyList<string> Applicants { get; } = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    /// <summary>Table 3, each group: the four results, then 总计.</summary>
    public static IReadOnlyList<string> Results { get; } = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
}
