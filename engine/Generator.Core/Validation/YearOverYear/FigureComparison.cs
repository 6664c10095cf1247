namespace Generator.Validation.YearOverYear;

/// <summary>
/// A key figure this year and last year, as templates read it (<c>label</c>, <c>value</c>, <c>previous</c>,
/// <c>sentence</c>…): texts ready to print, empty where a figure is blank or there is nothing to compare.
/// </summary>
/// <param name="Before">Last year's figure; null when blank, when there is no last year, or when the row has no counterpart.</param>
public sealed record FigureComparison(KeyFigure Figure, decimal? Now, decimal? Before)
{
    public string Id => Figure.Id;

    public string Label => Figure.Label;

    public string Unit => Figure.Unit;

    /// <summary>This year's figure as printed; empty when blank.</summary>
    public string Value => Now is { } now ? YearChange.Number(now) : string.Empty;

    /// <summary>Last year's figure as printed; empty when there is none.</summary>
    public string Previous => Before is { } before ? YearChange.Number(before) : string.Empty;

    public YearChange? Change => YearChange.Of(Now, Before);

    /// <summary>“比上年增加12件，增长18.5%”; empty when either year is blank.</summary>
    public string Sentence => Change?.Sentence(Unit) ?? string.Empty;

    /// <summary>The change with its sign, “+12” or “-3” or “0”; empty when either year is blank.</summary>
    public string Difference => Change is { } c ? (c.Difference > 0 ? "+" : string.Empty) + YearChange.Number(c.Difference) : string.Empty;

    /// <summary>“增长18.5%”, “下降20%”, “持平”; empty when either year is blank or last year was 0.</summary>
    public string Rate => Change?.Rate ?? string.Empty;

    /// <summary>“↑12件（+18.5%）”, “↓3件（−20%）”, “持平”: the direction in words and arrows, not only in colour.</summary>
    public string Mark => Change?.Mark(Unit) ?? string.Empty;
}
