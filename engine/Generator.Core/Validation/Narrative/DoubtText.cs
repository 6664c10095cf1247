namespace Generator.Validation.Narrative;

/// <summary>Why a mention is only likely, as the info message says it.</summary>
internal static class DoubtText
{
    public static string Of(Doubt doubt, string? detail) => doubt switch
    {
        Doubt.Accepted => "“受理”有的报告指本年新收，有的指新收加上年结转",
        Doubt.Processed => "“办理”可能指办结的件数，也可能指新收加上年结转的件数",
        Doubt.Carried => "只写了“结转”，没有说明是上年结转还是结转下年度",
        Doubt.NoAspect => "没有说明是表中哪一栏的件数",
        Doubt.OtherWords => $"说法与数字之间还有“{detail}”，这个数未必就是该项的数字",
        Doubt.Approximate => "叙述写的是约数",
        Doubt.Unit => $"单位“{detail}”不是这一项通常的计数单位",
        Doubt.Coordinated => "几项并列、只写了一个数，按它们的合计比较",
        Doubt.OtherClause => $"数字与“{detail}”不在同一分句",
        Doubt.VerbAlone => $"“{detail}”之后没有说明是政府信息公开申请",
        Doubt.PartlyBlank => "表中相加的几格有空白，只能与已填各格之和比较",
        Doubt.Rounded => "叙述的金额可能是表中金额四舍五入后的数",
        _ => string.Empty,
    };
}
