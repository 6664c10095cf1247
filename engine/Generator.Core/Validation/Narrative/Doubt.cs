namespace Generator.Validation.Narrative;

/// <summary>
/// Why a number read from the narrative may not be the figure it seems to quote. A mention with a
/// doubt that disagrees with the table is an info (GEN0232), never a warning.
/// </summary>
internal enum Doubt
{
    None,

    /// <summary>受理: 新收, or 新收 + 上年结转.</summary>
    Accepted,

    /// <summary>办理: 办结, or 新收 + 上年结转.</summary>
    Processed,

    /// <summary>结转 without a direction.</summary>
    Carried,

    /// <summary>规章 or 规范性文件 with no word saying which column (制发, 废止, 现行有效…).</summary>
    NoAspect,

    /// <summary>Other words between the keyword and the number.</summary>
    OtherWords,

    /// <summary>约40件, 40余件.</summary>
    Approximate,

    /// <summary>A unit the row is not usually counted in (行政处罚决定3945条).</summary>
    Unit,

    /// <summary>Several keywords before one number (行政复议、行政诉讼案件3件): compared with their sum.</summary>
    Coordinated,

    /// <summary>The keyword ends the clause before the number's (“受理政府信息公开申请，共40件”).</summary>
    OtherClause,

    /// <summary>A verb directly followed by the number (收到10件): not said to be applications.</summary>
    VerbAlone,

    /// <summary>The cells summed for the figure are partly blank.</summary>
    PartlyBlank,

    /// <summary>An amount with fewer decimals that the table's rounds to.</summary>
    Rounded,
}
