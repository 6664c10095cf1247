namespace Generator.Validation.YearOverYear;

/// <summary>
/// The “changes beyond reason” rule reviewers apply to key figures, in one place so that a summary over many
/// bureaus (汇总) applies the same one: a figure more than <see cref="GrowthLimit"/> times last year's, or below
/// <see cref="FallLimit"/> times it. Only when last year's figure is above 0 (a growth from 0 has no ratio), both
/// years are filled in (blank is not 0), and one of them reaches <see cref="MinimumFigure"/>: 1 application
/// becoming 0, or 2 becoming 11, is how small counts go, not a slip a reviewer looks for.
/// </summary>
public static class ChangeRules
{
    public const decimal GrowthLimit = 5m;
    public const decimal FallLimit = 0.2m;

    /// <summary>The larger of the two figures must be at least this (件, 个 or 万元) for the change to be listed.</summary>
    public const decimal MinimumFigure = 10m;

    public static bool IsBeyondReason(YearChange change) =>
        change.Before > 0 && Math.Max(change.Now, change.Before) >= MinimumFigure
        && change.Ratio is { } ratio && (ratio > GrowthLimit || ratio < FallLimit);

    /// <summary>The comparisons whose change is beyond reason, in their order.</summary>
    public static IReadOnlyList<FigureComparison> BeyondReason(IEnumerable<FigureComparison> comparisons) =>
        [.. comparisons.Where(c => c.Change is { } change && IsBeyondReason(change))];
}
