using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation.YearOverYear;

/// <summary>
/// What reviewers check against last year's report: narrative sections that repeat last year's text
/// (GEN0251, a warning a waiver on the section accepts: <c>at: overview</c>, <c>relation: N2</c>) and key
/// figures that changed beyond reason (GEN0252, info: figures do change, the reader should look twice).
/// </summary>
internal static class YearOverYearChecker
{
    /// <summary>
    /// The narrative sections compared, with their headings: the ones that tell the year's work. The introduction
    /// and the notes before the tables are not: they state the basis, the contact and how the tables count
    /// (“下表统计口径为…”), which stay the same from year to year by design.
    /// </summary>
    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["overview"] = "一、总体情况",
        ["problems_and_improvements"] = "五、存在的主要问题及改进情况",
        ["other_matters"] = "六、其他需要报告的事项",
    };

    public static void Check(Report report, Report previous, WaiverLedger waivers, DiagnosticBag diagnostics)
    {
        CheckRepetition(report, previous, waivers);
        CheckChanges(report, previous, diagnostics);
    }

    private static void CheckRepetition(Report report, Report previous, WaiverLedger waivers)
    {
        var before = previous.NarrativeFields().ToDictionary(n => n.Path, n => n.Text, StringComparer.Ordinal);
        foreach (var (path, text) in report.NarrativeFields())
        {
            if (!Sections.TryGetValue(path, out var section) || !before.TryGetValue(path, out var last)
                || TextRepetition.Measure(text.Markdown, last.Markdown) is not { } measure || !TextRepetition.IsRepeated(measure))
            {
                continue;
            }

            var share = Math.Round(100m * measure.Repeated / measure.Of, MidpointRounding.AwayFromZero);
            waivers.Violation(Severity.Warning, DiagnosticCode.NarrativeRepeatsLastYear, path, RelationIds.N2, text.SpanOf(0, 0),
                $"“{section}”（{path}）重复了 {previous.Year} 年度报告同一部分 {share}% 的文字：上年的 {measure.Of} 句中有 {measure.Repeated} 句本年再次出现（不计其中的数字）",
                "年度报告应写本年度的情况，审查时照抄上年的文字会被指出；请按本年的工作重写这一部分。");
        }
    }

    private static void CheckChanges(Report report, Report previous, DiagnosticBag diagnostics)
    {
        foreach (var comparison in ChangeRules.BeyondReason(YearComparison.Of(report, previous)))
        {
            var change = comparison.Change!;
            var ratio = change.Ratio!.Value;
            var how = ratio > 1
                ? $"是上年的 {Math.Round(ratio, 1, MidpointRounding.AwayFromZero).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} 倍（超过 {ChangeRules.GrowthLimit} 倍）"
                : $"不到上年的 {ChangeRules.FallLimit.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} 倍（{change.Rate}）";
            diagnostics.Info(DiagnosticCode.ChangeBeyondReason, comparison.Figure.Where(report),
                $"“{comparison.Label}”由 {previous.Year} 年度的 {comparison.Previous}{comparison.Unit} 变为 {comparison.Value}{comparison.Unit}，{how}",
                "变化幅度超常，审查时会核对：请确认两年的数字都没有写错（如多写或少写一位、单位不同）；确实如此的，可在叙述中说明原因。");
        }
    }
}
