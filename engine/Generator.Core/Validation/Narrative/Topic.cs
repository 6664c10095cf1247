namespace Generator.Validation.Narrative;

/// <summary>
/// What a keyword of the narrative names: a row or group of the tables, a word that could mean more
/// than one of them, or something with counts of its own that the tables do not hold.
/// </summary>
internal enum Topic
{
    None,

    // Table 2
    Received,
    CarriedIn,
    Handled,
    Disclosed,
    PartlyDisclosed,
    DisclosedOrPartly,
    Withheld,
    NotAvailable,
    NotProcessed,
    OtherHandling,
    CarriedOut,

    /// <summary>受理: 新收 in some reports, 新收 + 上年结转 in others.</summary>
    Accepted,

    /// <summary>办理: what was handled (（七）总计) or everything there was to handle (新收 + 上年结转).</summary>
    Processed,

    /// <summary>结转 without a direction; the year written next to it may tell.</summary>
    Carried,

    // Table 3
    Reconsideration,
    Litigation,
    DirectSuit,
    SuitAfterReconsideration,

    // Table 1
    Rules,
    NormativeDocuments,
    Licensing,
    OtherPublicServices,
    Penalties,
    Enforcement,
    Fees,
    Procurement,

    /// <summary>
    /// Something counted that is not in the tables (民事诉讼, 信息处理费, 人大代表建议…): a number after it
    /// is its own, and an aspect word after it (维持, 废止) does not refer back to an earlier topic.
    /// </summary>
    Unrelated,
}
