using Generator.Data;

namespace Generator.Validation.YearOverYear;

/// <summary>This year's key figures against last year's, paired by <see cref="KeyFigure.Id"/> (which is the 2019→2021 mapping).</summary>
public static class YearComparison
{
    /// <summary>Every key figure of the report's format with last year's figure where it has a counterpart.</summary>
    public static IReadOnlyList<FigureComparison> Of(Report report, Report? previous)
    {
        var before = previous is null
            ? null
            : KeyFigures.Of(previous.Format).ToDictionary(f => f.Id, f => f.Read(previous), StringComparer.Ordinal);
        return [.. KeyFigures.Of(report.Format).Select(f => new FigureComparison(f, f.Read(report), before?.GetValueOrDefault(f.Id)))];
    }
}
