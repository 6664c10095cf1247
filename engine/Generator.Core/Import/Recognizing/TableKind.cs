namespace Generator.Import.Recognizing;

/// <summary>Which official table a published table (or a piece of one, after a page break) is.</summary>
internal enum TableKind
{
    None,

    /// <summary>表1 主动公开政府信息情况.</summary>
    Proactive,

    /// <summary>表2 收到和处理政府信息公开申请情况.</summary>
    Requests,

    /// <summary>表3 政府信息公开行政复议、行政诉讼情况.</summary>
    Appeals,
}
