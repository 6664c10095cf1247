using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation;

/// <summary>
/// Turns a broken relation into a diagnostic, unless a waiver names its row: then it is reported as
/// info (GEN0210), never hidden. Remembers which waivers were used so the unused ones can be named.
/// Shared by the within-year and the cross-year checks, so one waiver list covers both.
/// </summary>
internal sealed class WaiverLedger(IReadOnlyList<Waiver> waivers, DiagnosticBag diagnostics)
{
    private readonly HashSet<Waiver> _used = [];

    /// <param name="at">The row in the data file, as a waiver names it (<c>requests.carried_in</c>).</param>
    public void Violation(Severity severity, DiagnosticCode code, string at, string relation, SourceSpan span, string message, string hint)
    {
        var waiver = waivers.FirstOrDefault(w => w.At == at && (w.Relation is null || w.Relation == relation));
        if (waiver is null)
        {
            diagnostics.Add(new Diagnostic(severity, code.Id, span, message, hint));
            return;
        }

        _used.Add(waiver);
        diagnostics.Info(DiagnosticCode.WaiverApplied, span, $"{message}；按说明照录已发布数字：{waiver.Reason}");
    }

    public void ReportUnused()
    {
        foreach (var waiver in waivers.Where(w => !_used.Contains(w)))
        {
            diagnostics.Warning(DiagnosticCode.WaiverUnused, waiver.Span,
                $"waivers 中针对 {waiver.At} 的说明没有用上：这一行的数字符合勾稽关系{(waiver.Relation is null ? string.Empty : " " + waiver.Relation)}",
                "请检查 at 是否写对，或删除这条说明。跨年度核对（C1–C3）只在上一年度的文件存在时进行。");
        }
    }
}
