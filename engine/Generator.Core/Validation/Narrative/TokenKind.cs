namespace Generator.Validation.Narrative;

internal enum TokenKind
{
    Keyword,
    Number,

    /// <summary>，：（） and the like: a figure belongs to a keyword of its own clause.</summary>
    ClauseBreak,

    /// <summary>
    /// 、 between the items of a list: a clause break too (“予以公开1件、不予处理1件”), but a keyword
    /// list across it (“行政复议、行政诉讼案件3件”) names one figure for all its keywords.
    /// </summary>
    ListBreak,

    /// <summary>。；！？, a paragraph or a list item: an aspect word (废止, 维持) looks back for its topic no further.</summary>
    SentenceBreak,
}
