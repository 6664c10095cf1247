namespace Generator.Validation.Narrative;

/// <summary>How far a keyword can be trusted on its own.</summary>
[Flags]
internal enum KeywordFlags
{
    None = 0,

    /// <summary>
    /// A verb used for many things (收到, 受理, 答复, 办结…): read only when the words up to the number
    /// say it is about applications (“收到政府信息公开申请10件”), or when the number follows directly in
    /// a sentence about applications (“新收申请10件，办结10件”). “收到群众来信13件” is not read.
    /// </summary>
    Verb = 1,

    /// <summary>The verb directly followed by a number (“收到10件”) is only a likely match: an info at most.</summary>
    UnsureAlone = 2,

    /// <summary>收费 also names the 信息处理费 of section 六: not read in a sentence that mentions 处理费.</summary>
    Fee = 4,
}
