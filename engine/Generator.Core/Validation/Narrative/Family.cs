namespace Generator.Validation.Narrative;

/// <summary>
/// Topics that are written about with the same words and units: the words allowed between a keyword
/// and its figure, and the units that count it, depend on the family, not on the single topic.
/// </summary>
internal enum Family
{
    None,

    /// <summary>Table 2: applications, counted in 件.</summary>
    Requests,

    /// <summary>Table 3: cases, in 件 or 起.</summary>
    Appeals,

    /// <summary>Table 1 （一）: 规章 and 规范性文件, in 件 or 份.</summary>
    Documents,

    /// <summary>Table 1 （五）（六）: decisions, in 件.</summary>
    Decisions,

    /// <summary>Table 1 （八）: an amount of money.</summary>
    Fees,

    /// <summary>Table 1 （九） (2019 format): projects and an amount of money.</summary>
    Procurement,
}
