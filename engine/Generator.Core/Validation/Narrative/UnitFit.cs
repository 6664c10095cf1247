namespace Generator.Validation.Narrative;

/// <summary>How well a number's unit suits the figure it seems to quote.</summary>
internal enum UnitFit
{
    /// <summary>Counts something else (万元 after 行政处罚, 件 after 收费): not read.</summary>
    Wrong,

    /// <summary>Can count it, but is not the usual unit: an info at most.</summary>
    Possible,

    /// <summary>The usual unit.</summary>
    Usual,
}
