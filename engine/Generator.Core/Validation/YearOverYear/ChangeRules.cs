namespace Generator.Validation.YearOverYear;

/// <summary>
/// The “changes beyond reason” rule reviewers apply to key figures, in one place so that a summary over many
/// bureaus (汇总) applies the same one: a figure more than <see cref="GrowthLimit"/> times last year's, or below
/// <see cref="FallLimit"/> times it. Only when last year's figure is above 0 (a growth from 0 has no ratio) and
/// both years are filled in (blank is not 0).
/// </summary>
public static class ChangeRules
{
    public const decimal GrowthLimit = 5m;
    public const decimal FallLimit = 0.2m;

    public static bool IsBeyondReason(YearChange change) =>
        change.Before > 0 && change.Ratio is { } ratio && (ratio > GrowthLimit || ratio < FallLimit);

    /// <summary>The comparisons whose change is beyond reason, in their order.</summary>
    public static IReadOnlyList<FigureComparison> BeyondReason(IEnumerable<FigureComparison> comparisons) =>
        [.. comparisons.Where(c => c.Change is { } change && IsBeyondReason(change))];
}
