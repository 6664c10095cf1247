namespace Generator.Tests.Unit.Validation;

/// <summary>How table 2 is filled in.</summary>
internal enum GeneratedTable2Style
{
    /// <summary>Every cell written; each row's total and the （七） row stated at random.</summary>
    Full,

    /// <summary>As published by some bureaus (dongxihu 2019): applicant columns blank, only the totals written.</summary>
    TotalsOnly,

    /// <summary>Every total stated, then some applicant cells blanked (blank ≠ 0: the stated totals stay).</summary>
    BlanksWithStatedTotals,
}
