namespace Generator.Validation;

/// <summary>
/// The names a waiver may give in <c>relation:</c>. R1–R5 are spec §5; R6 and C1–C3 are the
/// plausibility checks the spec lists as "not official" (within a year and across years).
/// </summary>
public static class RelationIds
{
    public const string R1 = "R1";
    public const string R2 = "R2";
    public const string R3 = "R3";
    public const string R4 = "R4";
    public const string R5 = "R5";

    /// <summary>2019 （一）: 对外公开总数量 (cumulative) not below 本年新公开数量.</summary>
    public const string R6 = "R6";

    /// <summary>上年结转 (Y) = 结转下年度继续办理 (Y−1).</summary>
    public const string C1 = "C1";

    /// <summary>2021 （一）: 现行有效件数 (Y) = 现行有效件数 (Y−1) + 本年制发 (Y) − 本年废止 (Y).</summary>
    public const string C2 = "C2";

    /// <summary>2019 （五）（六）（八）: 上一年项目数量 (Y) = 上一年项目数量 (Y−1) + 本年增/减 (Y−1).</summary>
    public const string C3 = "C3";

    /// <summary>A figure quoted in the narrative's set phrases = the table's figure.</summary>
    public const string N1 = "N1";

    /// <summary>A narrative section does not repeat half or more of the same section of last year's report (by sentences, figures aside).</summary>
    public const string N2 = "N2";

    public static IReadOnlyList<string> All { get; } = [R1, R2, R3, R4, R5, R6, C1, C2, C3, N1, N2];
}
