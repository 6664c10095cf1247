namespace Generator.Validation.Narrative;

/// <summary>What stands between a keyword and the number after it.</summary>
internal enum GapKind
{
    /// <summary>Nothing but words that do not change the count (共, 政府信息公开申请, 决定, 的…): the number is the keyword's figure.</summary>
    Fillers,

    /// <summary>Only an estimate word (约, 近, 超过): the number is about the figure, not the figure.</summary>
    Approximate,

    /// <summary>A few other words: the number may be the figure or a part of it; never more than an info.</summary>
    OtherWords,

    /// <summary>A word that makes the number another count (其中, 同比, 增加, 网上, 每, 各…), or too many words: not read.</summary>
    Blocked,
}
