namespace Generator.Validation.Narrative;

/// <summary>
/// Which column of a topic's row a word names, for the topics whose rows have several figures:
/// the documents of table 1 （一） and the results of table 3.
/// </summary>
internal enum Aspect
{
    None,

    /// <summary>2021 本年制发件数; 2019 本年新制作数量.</summary>
    Issued,

    /// <summary>2021 本年废止件数.</summary>
    Repealed,

    /// <summary>2021 现行有效件数.</summary>
    InForce,

    /// <summary>2019 本年新公开数量.</summary>
    PublishedThisYear,

    /// <summary>2019 对外公开总数量.</summary>
    PublishedTotal,

    /// <summary>Table 3 结果维持.</summary>
    Upheld,

    /// <summary>Table 3 结果纠正.</summary>
    Corrected,

    /// <summary>Table 3 其他结果.</summary>
    OtherResult,

    /// <summary>Table 3 尚未审结.</summary>
    Pending,
}
